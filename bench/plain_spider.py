"""Baseline for bench/crawl.py: plain Scrapy over the same sitemaps, storing raw HTML only."""

import sqlite3

import scrapy
from scrapy.spiders import SitemapSpider


class PlainSpider(SitemapSpider):
    name = "plain"

    def __init__(self, sitemaps="", db="plain.db", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sitemap_urls = sitemaps.split(",")
        self.conn = sqlite3.connect(db)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("create table if not exists pages (url text primary key, body blob)")
        self.pending = 0

    def parse(self, response):
        self.conn.execute("insert or replace into pages values (?, ?)", (response.url, response.body))
        self.pending += 1
        if self.pending >= 100:
            self.conn.commit()
            self.pending = 0

    def closed(self, reason):
        self.conn.commit()
        self.conn.close()


__all__ = ["PlainSpider", "scrapy"]
