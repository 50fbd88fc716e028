"""A weak connection: pages that can be read offline, and photos as thumbnails for a visitor who asks
to save data.

It holds the service worker (`/sw.js`: pages a visitor has read, kept on their device, with a note
when a page comes from that copy; never a form, a page marked private or the admin), the page it
shows offline (the pages kept, and the contact details of each partnership), and the page cache's
variant for the Save-Data header (the thumbnails themselves are `uploads`' `{% picture %}`). It must
not hold the pages' content or their caching on the server (operations.page_cache).
"""
