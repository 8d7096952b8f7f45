"""spaCy for the frozen app: like pyinstaller-hooks-contrib's hook, without its test suite.

spaCy finds languages, architectures and components through registries by name, so every
submodule ships; ``spacy.tests`` (hundreds of modules) does not.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules


def _not_tests(name: str) -> bool:
    return ".tests" not in name


datas = collect_data_files("spacy", excludes=["**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=_not_tests)
