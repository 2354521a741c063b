"""Common given names in the UK, for finding names nobody introduced ("Jess here",
"im sarah", "my mum Karen Smith"). Lower case. Names that are also everyday words
(will, grace, hope, may, amber, rose, faith, joy, sky, mark, bill, jack as in
"jack of all trades") are left out on purpose: a false "[name]" loses a real
answer. Add to it when review finds a name missed."""

from __future__ import annotations

GIVEN_NAMES: frozenset[str] = frozenset("""
aaliyah aaron abbie abby abdul abdullah abigail adam adrian ahmed aidan aimee aisha alan
albert alex alexander alexandra alfie ali alice alicia alison amelia amir amy andrew
andy angela anna anne annie anthony archie arthur ashley aya ayesha barbara becky ben
benjamin beth bethany billy bradley brandon brian callum cameron carl carly caroline
catherine charlie charlotte chelsea chloe chris christine christopher ciara claire clara
connor courtney craig daisy daniel danielle danny darren david dean debbie declan demi
dylan eden edward eleanor elijah eliza ella ellie elliot emily emma erin ethan evie
fatima finley finn florence fraser freddie freya gary gemma george georgia hannah
harley harriet harry harvey hayley heather helen henry holly hollie isaac isabel isabella
isabelle isla jacob jade jake james jamie jane jasmine jason jayden jenna jennifer jenny
jess jessica jodie joe joel john jonathan jordan joseph josh joshua julie kai karen kate
katie kayla kayleigh keira kelly kerry kevin kieran kyle laura lauren layla leah lee
leo leon lewis liam lily logan louis louise lucas lucy luke lydia maddie madison maisie
maria mason matilda matt matthew megan mia michael michelle millie mohammed molly
muhammad nathan neil nicola nicole niamh noah oliver olivia oscar owen paige paul peter
phoebe poppy rachel rebecca reece rhys richard riley robert robyn ruby ryan sam samantha
samuel sara sarah scarlett scott sean shannon sophia sophie stacey stephen steven stuart
tanya thomas tia tom tommy tyler vanessa victoria zac zach zara zoe
""".split())
