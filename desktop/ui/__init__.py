"""The Qt window. Talks only to ``desktop.services.Library``; long work runs in
``desktop.ui.workers``; ``desktop.ui.app.run_gui`` is the entry point."""
