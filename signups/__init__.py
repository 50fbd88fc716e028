"""Signing up for events ("Anmeldung"): a visitor's registration for one date of an event with double
opt-in, the seats and the waiting list that moves up by itself, the mails (confirmation with the
event's .ics, reminder the day before, staff's mail to everyone), the staff's list and CSV export, and
deleting the personal data a set time after the event. It must not hold the events themselves
(events) nor the spam measures it shares with the feedback form (feedback.spam)."""
