"""thinc for the frozen app: like pyinstaller-hooks-contrib's hook, without its test suite.

thinc registers layers, optimizers and ops by name, so every
submodule ships; ``thinc.tests`` does not.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _not_tests(name: str) -> bool:
    return ".tests" not in name


datas = collect_data_files("thinc", excludes=["**/tests/**"])
hiddenimports = collect_submodules("thinc", filter=_not_tests)
