"""The event calendar ("Veranstaltungskalender"): events citizens can attend (the Weltwerkstatt, a school
exchange evening, the online meeting with Morogoro), their venues with what a visitor needs to know
before coming, the calendar pages by month with a plain filter, the archive by year, and each event's
page. It must not hold the partnerships, themes or milestones it refers to (it links to them), nor the
timeline's project steps.
"""
