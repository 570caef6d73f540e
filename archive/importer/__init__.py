"""The import pipeline: read raw news files, clean and describe them, write Article records."""
