"""Trained Indonesian NER: data conversion, training, scoring, tagging and the `pantau_ner` component.

See README.md in this folder for how the shipped models in nlp/models/ are made.
"""
