"""Statistics without tracking: page views per page and day counted on the server (pages from the page
cache too), the language asked for, the referring site's host, searches that found nothing and
addresses that answered 404. No cookie, no address, nothing that tells one visitor from another; bots
are left out by their user agent. Counts wait in each worker's memory and go to the database in
batches, beside the request; editors read them in the admin as tables and a chart the site draws.
"""
