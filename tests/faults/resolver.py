"""A DNS for tests: names from the FAKE_DNS setting (JSON {"name": "address"}) resolve as given.

Used as TWISTED_DNS_RESOLVER so a crawl can meet a public-looking name that resolves to a private
address, the DNS-rebinding case the address guard must refuse. Other names resolve normally.
"""

import json

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import IHostnameResolver
from zope.interface import implementer

from scrapy.resolver import HostResolution


@implementer(IHostnameResolver)
class FakeDNS:
    def __init__(self, reactor, table: dict):
        self.reactor, self.table = reactor, table
        self.original = reactor.nameResolver

    @classmethod
    def from_crawler(cls, crawler, reactor):
        table = crawler.settings.get("FAKE_DNS") or "{}"
        return cls(reactor, json.loads(table) if isinstance(table, str) else dict(table))

    def install_on_reactor(self):
        self.reactor.installNameResolver(self)

    def resolveHostName(self, receiver, hostName, portNumber=0, addressTypes=None, transportSemantics="TCP"):
        address = self.table.get(hostName)
        if address is None:
            return self.original.resolveHostName(receiver, hostName, portNumber, addressTypes, transportSemantics)
        resolution = HostResolution(hostName)
        receiver.resolutionBegan(resolution)
        kind = IPv6Address if ":" in address else IPv4Address
        receiver.addressResolved(kind("TCP", address, portNumber))
        receiver.resolutionComplete()
        return resolution
