"""The calendar to subscribe to: iCalendar feeds (RFC 5545) of all events, of a partnership's and of a
theme's, offered as webcal: links, one event's or one date's .ics (for "In Ihren Kalender" and the
sign-up mails), and the Atom feed of new events. Entries stay right in a subscribed calendar: one UID
per event, SEQUENCE raised by each change, cancellations shown as cancelled. It must not hold the events
themselves, their pages or their dates (events) nor the sign-ups (signups).
"""
