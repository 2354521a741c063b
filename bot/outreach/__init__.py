"""SMS outreach: inviting a list of phone numbers to take part in a consultation."""
