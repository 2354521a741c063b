"""Building blocks shared by the crisis phrases (see the guide in ``safeguarding_lexicon``).

Each is part of a regular expression, written for the normalised message: lower
case, no apostrophes, punctuation as spaces.
"""

from __future__ import annotations

MYSELF = r"(?:my ?self|myslef|myslf|mysef|mysefl|msyelf|meself|mself|my ?sel|masel|maself|mesel)\b"
WANT = (
    r"(?:want|wanna|wana|wnt|wamt|wanted|wants|wanting|need|ready|deserve|deserves|planning|"
    r"trying|tried|wish|wishing)"
)
# Family and carers, as bare alternatives to drop inside "(?:...|...)".
FAMILY = (
    r"dad|father|daddy|mum|mom|mam|mother|mummy|step ?dad|step ?father|step ?mum|"
    r"step ?mom|step ?mother|parents?|brother|bro|sister|sis|uncle|aunt|auntie|aunty|"
    r"cousin|grandad|granddad|grandpa|grandfather|nan|nana|nanna|gran|granny|grandma|"
    r"grandmother|carers?|foster \w+"
)
# Someone who could hurt the young person (used before "hits me" and so on).
PERSON = (
    r"(?:he|she|they|hes|shes|theyre|him|her|them|" + FAMILY + r"|boyfriend|bf|"
    r"girlfriend|gf|partner|ex|teacher|coach|tutor|man|guy|lad|men|boy|boys|someone|fella|bloke|"
    r"somebody|some1|people|family|neighbour|landlord|adult|stranger)"
)
# Filler words young people put in the middle of a phrase ("dont even want").
# Said with a laugh: a look-alike joked about ("i want to die lol").
LAUGH = r"(?:lol|lmao|haha\w*|jk|rofl)"
ADV = r"(?:even |really |just |honestly |actually |literally |rly |jus )?"
DRUGS = (
    r"(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills|ibuprofen|"
    r"co ?codamol|codeine|antidepressants|sertraline|fluoxetine|citalopram|insulin|"
    r"tramadol|diazepam|propranolol|aspirin|antihistamines|piriton)"
)
