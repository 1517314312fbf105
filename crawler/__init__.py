"""The Scrapy project: one generic spider, outlets as data, extraction, item pipelines."""
