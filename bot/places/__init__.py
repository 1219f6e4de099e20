"""Places: postcode parsing, one client per public API (postcodes.io, GOV.UK, data.police.uk), and deciding
which local body handles a service where the person is."""
