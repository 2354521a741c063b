"""What the bot says, in one place so it can be reviewed (and later translated).

Plain, warm UK English for 13–25 year olds; short enough for SMS.
"""

from __future__ import annotations

GREETING = (
    "Hi, I'm Sounding Board. I run short surveys for the NHS so young people can "
    "have a say in local services. To take part, send the code from your invite "
    "or poster."
)
UNKNOWN_CODE = (
    "Sorry, I couldn't find a survey with the code {code}. Please check the code "
    "in your invite or poster and send it again."
)
NOT_OPEN = "The survey {code} isn't open right now, so I can't take answers for it."
CLOSED_MIDWAY = (
    "The survey {code} has now closed, so I can't take any more answers for it. Thank you: "
    "the answers you gave before it closed are kept."
)
PUBLISHED = (
    "The survey {code} has closed, so I can't take answers for it. See what people said "
    "and what is being done about it: {link}"
)
ALREADY_DONE = (
    "You've already taken part in this survey. Thank you, your answers are in."
)
WELCOME_BACK = "Welcome back! Let's carry on where you left off."
# Who is responsible (the controller), what is kept, how to stop and to erase, and the
# retention period (SB_RETENTION_DAYS, in words: bot/trust/privacy_notice.py).
NOTICE = (
    "{organisation} is in charge of your answers. We don't keep your name, number or "
    "chat id with them. Send STOP to stop, or \"delete my answers\" to delete them. "
    "We delete answers {kept} after you take part. Privacy notice: {privacy_url}"
)
CONSENT_QUESTION = "Are you happy to take part?"
CONSENT_WHY = "We need your OK before we save any of your answers."
NO_CONSENT = "No problem, nothing has been saved. Thanks for your time."
AGE_QUESTION = "Which age group are you in?"
AGE_WHY = (
    "Services want to know how views differ by age. We only keep your age group, "
    "never your date of birth."
)
UNDER_AGE = (
    "Thanks for wanting to help! This survey is for people aged {min_age} and over, "
    "so we haven't kept any of your answers. If you need to talk to someone, "
    "Childline is free on 0800 1111, or call NHS 111."
)
AGE_NEEDED = "We need your age group to check this survey is right for you."
AREA_QUESTION = (
    "What's the first half of your postcode (for example LS6)? "
    "Or say skip if you'd rather not."
)
AREA_WHY = (
    "It shows which areas we're hearing from. We only keep the first half of your "
    "postcode, which covers thousands of homes."
)
HELP = (
    "I'm asking a few questions for {organisation}. Reply to each question in your "
    "own words or with the number of an option. Say skip to leave out an optional "
    "question, back to change your last answer, or STOP to end."
)
GENERIC_WHY = "Your answer helps {organisation} understand what young people need."
PRIVACY = (
    "We keep your answers, but not your name, phone number or chat id with them. "
    "Staff see results with small numbers hidden. Say \"delete my answers\" to have "
    "yours deleted; we delete answers {kept} after you take part. More: {privacy_url}"
)
STOPPED = (
    "OK, you've stopped the survey and won't get any more questions. "
    "Thanks for the answers you gave."
)
STOPPED_BEFORE_CONSENT = "OK, you've stopped. Nothing has been saved."
NOTHING_TO_STOP = "OK. You're not in a survey right now, so there's nothing to stop."
NOT_SKIPPABLE = "This question needs an answer to carry on."
MOVING_ON = "No worries, let's move on."
GONE_BACK = "OK, let's go back."
FIRST_QUESTION = "This is the first question, so there's nothing to go back to."
HINT_PREFIX = "Sorry, I didn't get that. "
DID_YOU_MEAN = "Did you mean: {answer}?"
WHICH_ONE = "Which one did you mean?"
GUESS_DECLINED = "OK, sorry I got that wrong. "
TOO_LONG = "That message is a bit long for me. "
WELCOME = "You're welcome!"
OUTSIDE_HELP = (
    "I run short NHS surveys. To start one, send the code from your invite or "
    "poster. Send STOP at any time to end a survey."
)
CRISIS_CARRY_ON = (
    "You can carry on with the questions whenever you're ready, or send STOP to end."
)
STALE_BUTTON = "That was for an earlier question, so it hasn't changed anything."
EMPTY_MESSAGE = "I didn't get any text there. Please type your reply."
NOT_TYPED = (
    "I can only read replies you type, not contacts or locations. Please type your reply."
)
MESSAGE_TOO_LONG = (
    "That message is too long for me to read. Please send a shorter reply "
    "(up to {limit} characters)."
)
SLOW_DOWN = "You're sending messages very quickly. Please wait a moment and try again."
DELETE_CONFIRM = (
    "Do you want us to delete all the answers you've given us, and this chat? "
    "This can't be undone. Reply YES to delete or NO to keep them."
)
DELETED = "Done: your answers and this chat have been deleted. Thank you."
NOTHING_TO_DELETE = "We don't hold any answers from you, so there's nothing to delete."
# A web chat that has ended can't be found from a new one (its id was this browser's).
WEB_NOTHING_TO_DELETE = (
    "There are no answers from this chat to delete. Answers from a chat that has ended "
    "can't be found from a new one: to have them deleted, give the organisation that ran "
    "the survey the reference you were shown when you finished."
)
# After the closing words on the web: the one way to have the answers deleted later.
WEB_REFERENCE = (
    "If you want your answers deleted later, give {organisation} this reference: {reference}"
)
NOT_DELETED = "OK, nothing has been deleted."
EXPIRED = (
    "Sorry, this survey timed out because we hadn't heard from you for a while. "
    "Send the code again to start afresh."
)
SMS_OPTED_OUT = (
    "You've opted out of Sounding Board texts and won't get any more. "
    "Text START to opt back in."
)
SMS_OPTED_IN = "You've opted back in. Text a survey code to take part."
SMS_ALREADY_IN = "You haven't opted out, so nothing has changed."
SMS_HELP = (
    "Sounding Board runs short surveys for NHS services. Reply to the questions, "
    "or text a survey code to start one. Text STOP to opt out. Need help now? "
    "Call 999 in an emergency, or NHS 111."
)
SMS_REMINDER = (
    "Just a reminder: you started one of our NHS surveys. Reply to this "
    "question to carry on, or text STOP to end."
)
# The answers database is down: the message is kept and handled when it returns.
HELD = ("Thanks, we've got that. We're running a little slow, so your next question "
        "will follow shortly.")
# In place of a turn's reply that was lost after the turn was stored, when no question
# is left to send instead (the consultation ended with that turn).
GOT_IT = "Thanks, we've got that."
# The web chat cannot be reached, or cannot read the conversation back just now.
CHAT_UNAVAILABLE = "The chat is not available right now. Please try again in a minute."
SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on our side and your last message wasn't saved. "
    "Please try again in a few minutes."
)
TELEGRAM_HELP = (
    "I run short NHS surveys for young people. Tap a button or type your answer. "
    "/stop ends the survey and all messages from us, /delete deletes your answers, "
    "/privacy says what we keep, /subscribe tells you about new surveys. "
    "Need help now? Call 999 in an emergency, or NHS 111."
)
TELEGRAM_STOPPED = (
    "OK, you've stopped. We won't send you any more questions or invitations. "
    "Send a survey code any time if you'd like to take part again."
)
TELEGRAM_SUBSCRIBED = (
    "Thanks! We'll message you here when there's a new NHS survey for young people. "
    "Send /unsubscribe at any time to stop."
)
TELEGRAM_UNSUBSCRIBED = "OK, we won't message you about new surveys."
TELEGRAM_TEXT_ONLY = (
    "Sorry, I can only read text. Please type your reply, or tap one of the buttons."
)
TELEGRAM_GROUP = (
    "Hi! I run NHS surveys one to one, so I don't take part in group chats. "
    "Message me directly if you'd like to take part."
)
TELEGRAM_FORWARDED = (
    "I can't take a forwarded message as your answer. Please type your reply."
)
TELEGRAM_EDITED = "Editing a message doesn't change the answer you sent."
TELEGRAM_PICK_FIRST = "Tap the options that apply, then Done."
TELEGRAM_STALE_TOAST = "That question has already been answered."
TELEGRAM_REMINDER = (
    "Just a reminder: you started one of our NHS surveys. Answer this question to "
    "carry on, or send /stop to end."
)
