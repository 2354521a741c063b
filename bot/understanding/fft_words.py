"""Vocabulary of the Friends and Family Test's six levels, and what people say about one
part of a visit ("rude", "lovely"). Phrases are written as they look after
`text.words`: lower case, apostrophes dropped, no punctuation."""

from __future__ import annotations

from typing import FrozenSet

from bot.understanding.text import phrase_table
from bot.understanding.words import DONT_KNOW, GOOD, NEITHER, POOR, VERY_GOOD, VERY_POOR

FFT_PHRASES = phrase_table({
    VERY_GOOD: "very good|v good|vg|very gd|excellent|great|brilliant|amazing|fantastic|"
               "awesome|outstanding|perfect|superb|wonderful|really good|so good|"
               "super good|extremely good|the best|best|lovely|incredible|class|"
               "really really good|vry good|pure dead brilliant|dead good|proper good|mint|"
               "proper mint|top notch|spot on|belter|ace|fab|fabulous|faultless|brill|"
               "couldnt be better|could not be better|couldnt fault it|cant fault it|"
               "couldnt have been better|could not have been better|couldnt ask for better|"
               "couldnt ask for more|cant complain at all|no complaints at all|"
               "above and beyond|went above and beyond|so so helpful|cant thank them enough|"
               "cannot fault it|couldnt fault them|10 10|exceptional|phenomenal|v v good|"
               "very very good|really great|unreal|banging|bangin|smashing|magic|stellar|"
               "flawless|immaculate|top|first class|5 5|excellant|exellent|amazin|"
               "really really great|so so good|very helpful|really helpful|chuffed|"
               "highly recommend|would highly recommend|5 stars|five stars|5 star|five star|"
               "reyt good|champion|pure brilliant|pure class|dead brilliant|"
               "lush|well lush|wicked|cant fault them|cannot fault them|couldnt fault anything|"
               "buzzing|top class|ten out of ten|mega|sound as|blinding|saved my life|"
               "they saved my life|lifesaver|life saver|a lifesaver|boss|well boss|proper boss|"
               "massive w|big w|huge w|a massive w|a big w|absolute w|w|goated|elite|"
               "bussin|fire|on point|top tier|da iawn|gwych|ardderchog|bendigedig",
    GOOD: "good|gd|gud|pretty good|quite good|fairly good|decent|nice|positive|helpful|"
          "pleasant|satisfied|happy|pretty decent|solid|grand|canny|canny good|good enough|"
          "not bad at all|quite nice|decent enough|fairly decent|goodish|good ish|pretty gd|"
          "no complaints|satisfactory|all good|thumbs up|cool|happy with it|did the job|"
          "worth it|quite happy|fairly happy|pretty happy|reasonable|pretty nice|good tbh|"
          "sound|4 5|well good|yeah good|it was good|fine actually|good overall|"
          "good not great|good but not great|would recommend|id recommend|4 stars|four stars|"
          "4 star|four star|braw|barry|gid|pure good|tidy|well tidy|quick and easy|quick n easy|"
          "dead on|sound enough|eitha da|reit good|"
          "nice and easy|quick and simple|easy enough|painless",
    NEITHER: "neither|neither good nor poor|neither good nor bad|neither good or bad|"
             "not good not bad|not good or bad|not bad not good|neither bad nor good|"
             "neither poor nor good|not good nor bad|ok|okay|k|fine|alright|"
             "all right|meh|average|so so|mixed|middling|mediocre|in between|"
             "in the middle|neutral|nothing special|could be worse|not bad|not too bad|"
             "so and so|mid|middle|middle of the road|half and half|50 50|fifty fifty|"
             "ok ish|okish|okayish|okay ish|alright ish|nothing to write home about|"
             "hit and miss|hit or miss|bit of both|a bit of both|mixed bag|a mixed bag|"
             "indifferent|passable|adequate|standard|normal|fine i guess|ok i guess|"
             "ok i suppose|alright i guess|alright i suppose|not great not terrible|"
             "not great not bad|not good but not bad|not bad but not good|somewhere in between|"
             "between|inbetween|average tbh|3 5|could be better could be worse|"
             "not the worst|neither here nor there|nowt special|nae bad|no bad|no too bad|"
             "ok not great|okay not great|fine not great|not bad not great|alright not great|"
             "3 stars|three stars|3 star|three star|awright|aw right|could of been worse|"
             "couldve been worse|could have been worse|could be worse tbh|its ok i suppose|fair|"
             "theyre alright|theyre ok|its alright|its ok|aight|it was aight|ight|it was ight|"
             "bang average|ok ish really|avg|av|not the best not the worst|"
             "not the worst not the best|wasnt good wasnt bad|wasnt bad wasnt good|"
             "wasnt good or bad|wasnt bad or good|not good wasnt bad|wasnt good not bad|"
             "neither good or poor|not great not awful|wasnt great wasnt awful",
    POOR: "poor|bad|gwael|pretty bad|quite bad|could be better|disappointing|unhelpful|"
          "poorly designed|poorly run|poorly organised|confusing|really confusing|"
          "negative|not great|not good|not very good|not the best|unhappy|pretty poor|"
          "quite poor|fairly poor|a bit poor|bit poor|bit rubbish|a bit rubbish|bit crap|"
          "a bit crap|a bit bad|bit bad|pants|naff|not good enough|below average|"
          "dissatisfied|unsatisfied|not happy|could have been better|could of been better|"
          "couldve been better|not that good|not so good|not very helpful|didnt help|"
          "didnt really help|did not really help|didnt help much|wasnt much help|"
          "wasnt helpful|wasnt really helpful|not really helpful|didnt do much|"
          "sub par|subpar|lacking|iffy|dodgy|not brill|not brilliant|not amazing|"
          "poorish|bad ish|baddish|a bit disappointing|bit disappointing|2 5|not great tbh|"
          "no great|nae great|not very nice|not nice|not ideal|wouldnt recommend|"
          "would not recommend|2 stars|two stars|2 star|two star|rotten|no very good|"
          "nae very good|no good|nae good|gutted|grim|bit grim|a bit grim|meh not great|"
          "not really good|not that great|left disappointed|let down|felt let down",
    VERY_POOR: "very poor|very bad|v bad|v poor|awful|terrible|horrible|rubbish|fuming|livid|"
               "raging|furious|never going back|"
               "shocking|dreadful|appalling|really bad|so bad|the worst|worst|"
               "atrocious|crap|shit|useless|disgusting|abysmal|pathetic|really poor|"
               "vry bad|vry poor|dire|diabolical|woeful|a joke|a disgrace|disgraceful|"
               "horrendous|horrific|the pits|waste of time|a waste of time|"
               "total waste of time|absolute rubbish|absolute joke|bloody awful|proper bad|"
               "pure rubbish|mingin|minging|honking|shite|pish|pure pish|hopeless|"
               "worst ever|never again|0 10|1 5|terrible tbh|awfull|terible|horrid|"
               "really really bad|extremely poor|extremely bad|very very bad|so so bad|"
               "1 star|one star|0 stars|zero stars|never recommend|would never recommend|bogging|"
               "boggin|pure shite|pure mingin|pure muck|muck|a load of muck|ofnadwy|"
               "gwael iawn|pure pants|bobbins|pure bobbins",
    DONT_KNOW: "dont know|do not know|not sure|unsure|dunno|idk|no idea|cant say|"
               "cannot say|hard to say|dont really know|not really sure|cant remember|"
               "dont remember|cannot remember|no opinion|hard to tell|not sure really|"
               "dont know really|i dunno|cant decide|couldnt say|could not say|dinnae ken|"
               "havent a scooby|not a scooby|no a clue|not a clue|no clue|dinnae know|dk|"
               "cant really say|cannot really say|couldnt really say|cant tell|cant really tell|"
               "dont really know tbh|not really sure tbh|cant judge|couldnt tell you",
})
# "not great" -> Poor, "not bad" -> Neither: a negated answer lands in the middle or below.
FFT_NEGATED = {VERY_GOOD: POOR, GOOD: POOR, NEITHER: POOR, POOR: NEITHER, VERY_POOR: NEITHER}
# "very gud", "proper bad": an intensifier lifts Good to Very good and Poor to Very poor.
FFT_BOOSTERS: FrozenSet[str] = frozenset("very really so super proper dead well v vv extremely "
                                         "well really really".split())
FFT_INTENSIFIERS: FrozenSet[str] = frozenset(
    "very really so too that all particularly super overall quite".split()
)
FFT_EMOJI = {"👍": GOOD, "👎": POOR}
# What people say about one part of a visit (a person, the wait), not a verdict on it all:
# beside a verdict of the other kind, in another part of the reply, the reply is mixed.
FFT_PRAISE: FrozenSet[str] = frozenset(
    "nice lovely kind friendly helpful quick fast clean welcoming caring understanding patient "
    "reassuring polite sound sweet supportive brilliant great amazing good".split())
FFT_COMPLAINTS: FrozenSet[str] = frozenset(
    "rude slow late cold dismissive rushed unfriendly unhelpful ignored judgy judgemental "
    "judgmental patronising condescending dirty messy confusing stressful useless awful "
    "horrible terrible bad poor long ages forever moody arsey snappy sarcastic".split())
# Faces say roughly how it went, so on their own they are only offered as a guess.
FFT_FACES = {
    **dict.fromkeys("😍🥰🤩❤💯🌟⭐👏🙌🔥", VERY_GOOD),
    **dict.fromkeys("😀😃😄😁🙂😊☺👌", GOOD),
    **dict.fromkeys("😐😑😶🫤", NEITHER),
    **dict.fromkeys("🙁☹😕😒😞😔", POOR),
    **dict.fromkeys("😡😠🤬😤💩🤮", VERY_POOR),
    **dict.fromkeys("🤷❓", DONT_KNOW),
}

FFT_WORDS: FrozenSet[str] = frozenset(word for key in FFT_PHRASES for word in key)
