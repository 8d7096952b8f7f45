"""Training of Factsheet's German NER pipeline: corpus converters and the entry point.

Nothing here runs in the application; ``make model`` calls ``train_de``.
"""
