package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilprotocol.detect.Commitment.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentsTest {
    private final Commitments commitments = Commitments.forCouncil("Northbrook District Council");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        PAYMENT     | The Council will pay for the replacement fence in full.
        PAYMENT     | I can confirm that Northbrook District Council will reimburse the £240 you spent on the skip.
        PAYMENT     | NDC will cover the cost of the temporary accommodation until the end of March.
        PAYMENT     | We will refund your parking permit on behalf of the Council.
        PAYMENT     | You will receive a full refund of the licence fee within 14 days.
        PAYMENT     | Your claim for the damaged tyre has been approved and a cheque is on its way.
        PAYMENT     | The £1,500 will be paid to the residents' association next week.
        WAIVER      | The Council will not charge you for the replacement bin.
        WAIVER      | Your late payment penalty has been waived.
        WAIVER      | The fee for the pavement licence is waived for this year.
        WAIVER      | There will be no charge for removing the fly-tipped sofa.
        AGREEMENT   | The Council has agreed to extend your lease on the unit by two years.
        AGREEMENT   | On behalf of the Council I accept your quotation of £8,400 for the play area.
        AGREEMENT   | I have approved your grant application on behalf of the Council.
        INSTRUCTION | Please proceed with the works.
        INSTRUCTION | You are hereby instructed to start the resurfacing on Monday.
        INSTRUCTION | I instruct you to stop all work on the site immediately.
        INSTRUCTION | Please consider this email as formal authorisation to order the new railings.
        INSTRUCTION | Hi Dave, please go ahead with the repairs as quoted.
        INSTRUCTION | Pay Mr Jones the £200 from my ward budget.
        UNDERTAKING | The Council will repair the pothole outside number 14 by Friday.
        UNDERTAKING | Northbrook Council is going to replace all the streetlights on Elm Road this winter.
        UNDERTAKING | Officers will clear the fly-tipping from the alley tomorrow.
        UNDERTAKING | The highways team will resurface the whole of Mill Lane in April.
        """)
    void findsCommitments(Kind kind, String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I fully support the scheme and think the Council should fund it.",
        "I will ask the highways team to look at the pothole.",
        "I'll raise it with officers and ask them to repair the fence.",
        "The officer's letter says the Council will repair it by March.",
        "Officers have confirmed that the Council will pay for the fence.",
        "If Cabinet approves the budget, the Council would fund the new play area.",
        "If Cabinet agrees, the Council will pay for the new play area.",
        "I cannot commit the Council to any payment.",
        "I'm afraid the Council will not pay for private drainage.",
        "Will the Council pay for this?",
        "Could you let me know whether the Council will pay for the repair?",
        "You must submit the form by Friday.",
        "You will need to pay the fee before the licence is issued.",
        "I'll pop round on Friday to have a look.",
        "The Council has a duty to maintain the footpath.",
        "In 2019 the Council agreed to pay for the railings but nothing happened.",
        "I think the Council will pay in the end.",
        "Hopefully the Council will repair it soon.",
        "We will keep you updated.",
        "We will let you know as soon as we hear.",
        "The Council will provide an update next week.",
        "I agree with you that the Council should pay.",
        "I accept that the situation is frustrating.",
        "I confirm that I will attend the residents' meeting.",
        "Please could you look into the flooding on Mill Lane?",
        "Can you arrange a meeting with the housing team next week?",
        "Please go ahead and book the hall for my surgery.",
        "We will deliver leaflets across the ward this weekend.",
        "The council will consider your request at its next meeting.",
        "According to officers, the council will fix the lights next month.",
        "I've asked whether the council will waive the fee.",
        "I'd like to see the council pay for the damage.",
        "The Council will be in touch to arrange a visit.",
        "Subject to funding being available, the Council will build a new skate park.",
        "It would be great if the Council could pay for this.",
        "The contractor will repair it next week, I'm told.",
        "Thank you for your email about the bins.",
        "Dear Mrs Patel, thank you for contacting me about the parking charges."
    })
    void leavesWhatBindsNobody(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /** Constructions first met in the second held-out split, each in other words than the split's: the generalisation check. */
    @ParameterizedTest
    @ValueSource(strings = {
        // The Council's budgets as the party, and the place's own abbreviation
        "My portfolio budget will pay for the new defibrillator at the leisure centre.",
        "The ward budget will cover the cost of the replacement bench.",
        "The Council's capital budget will fund the new changing rooms.",
        "Northbrook DC will meet the cost of the survey.",
        "Northbrook District has agreed to pay for the fencing.",
        // Passives that give money back or take a charge away
        "Your overpaid council tax has been credited back to your account.",
        "The parking fine is quashed with immediate effect.",
        "The £60 admin charge on your account has been struck off.",
        "Your garage rent arrears, all £340 of them, are written off from today.",
        "The surcharge on your bulky waste collection has been wiped.",
        // "Consider it wiped", "I've had it struck off"
        "Consider the late payment surcharge on your market pitch gone.",
        "Consider the penalty for the missed inspection withdrawn.",
        "I've had the £45 bin fee cancelled.",
        "I have got your parking fine withdrawn.",
        "I've had the interest on your rent arrears knocked off.",
        // A charge that falls, a terse award, a deal signed, an offer stated
        "Your service charge will come down to £20 a month from April.",
        "The pitch fee will fall by half for the rest of the season.",
        "The cleaning contract for the public toilets goes to Shoreline Services from June.",
        "This year's catering concession goes to the Harbour Kitchen.",
        "The Council has exchanged contracts on the sale of the old depot.",
        "We have signed the lease for the new library unit.",
        "NDC has entered into an agreement with the rowing club for the boathouse.",
        "Our final offer is £4,000 in full settlement of your claim.",
        "The Council's contribution to the festival stands at £2,500.",
        // Land held, the Council's word given, a letter that is the commitment
        "We will keep the corner plot for the scout group until the end of the year.",
        "The Council will hold the vacant shop unit for you until the end of March.",
        "We won't sell the allotment land while the lease is being negotiated.",
        "We give you our firm guarantee that the lift will be repaired by Friday.",
        "You have the Council's word that the café lease will be renewed.",
        "The Council gives you its assurance that the playground will reopen in May.",
        "Please treat this letter as the Council's formal undertaking to repair the sea wall.",
        "This email stands as our commitment to rehouse you before the works start.",
        // Costs taken on in other words
        "The Council will take care of the disposal costs.",
        "We'll deal with the bill for the skip.",
        "NDC will look after the costs of the road closure.",
        // Instructions in other shapes
        "I am instructing the parks team, as the landowner, to remove the fallen tree today.",
        "I'm directing the control centre to keep the barrier locked overnight.",
        "I want the Council's lawyers told to drop the claim against the tenant.",
        "Have the crew fill the potholes on Station Road first thing tomorrow.",
        "Get the lads to clear the drains and charge it to my portfolio.",
        "Please make sure the £500 ward grant gets paid to the food bank this week.",
        "Please make the hardship grant payment to Mrs Osei on Friday; I have approved it.",
        "Tell the waste team that the collection round is moving to Thursdays from next week.",
        "Tell the lettings team that the Council will pay the deposit for Mr Ahmed.",
        "Please send the keys to the club secretary and waive the first quarter's rent.",
        "I write on behalf of the Council to award your group a grant of £800.",
        "The pest control team will treat the loft at no charge to you, which I have arranged.",
        "Whatever the planning officer said earlier, the Council will allow the shed to stay.",
        "I am pleased to announce that the Council will pay for the new lights.",
        "I have chosen option B, and the Council will fund it in full."
    })
    void readsConstructionsInNewWords(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Hedged, conditional or disclaimed
        "There's a good chance the Council will fund the new goalposts.",
        "The Council will pay for the survey, depending on what the budget allows.",
        "The Council will resurface the car park, funds permitting.",
        "Please don't read this as a promise that we will waive the fee.",
        "Nothing in this letter should be taken as a commitment that the Council will pay.",
        "This is not a guarantee that the Council will refund you.",
        "I'm not able to tell you that the Council will cover the cost.",
        "I can't confirm that the Council will waive the charge.",
        // Counterfactual or asked, not done
        "Had the form arrived on time, the fee would have been waived.",
        "In a better year the grant would have been approved.",
        "Officers will let you know whether your refund has been approved.",
        "You'll hear from us soon about whether the licence has been granted.",
        // Near misses on the new constructions
        "My ward budget will not stretch to a new bench this year.",
        "I hope my portfolio budget will fund the scheme next year.",
        "The contract goes to tender in the spring.",
        "The contract will go to the lowest bidder, as the rules require.",
        "The lease goes to Cabinet for a decision next month.",
        "We have signed the petition against the closure.",
        "Your rent will rise by £5 a week from April.",
        "Our offer of help still stands.",
        "We will hold a meeting for residents next week.",
        "We will keep an eye on the site for you.",
        "I give you my word that I will raise it with officers.",
        "We give you our assurance that we will look into it.",
        "This letter is my promise to keep fighting for the ward.",
        "This letter should not be taken as the Council's commitment to pay.",
        "I'll deal with your complaint personally.",
        "The Council will deal with your complaint within ten working days.",
        "I've had a look at the invoice you sent.",
        "I've got your email about the fine.",
        "Tell the housing team that I will be at the surgery on Friday.",
        "Tell the parks team that residents are unhappy with the grass cutting.",
        "I write on behalf of the Council to apologise for the delay.",
        "I am instructing my solicitor, on a personal matter, to write to you.",
        "Despite what officers said, I think the Council will pay in the end.",
        // Someone else's announcement, and options set out for a decision
        "I am writing about your company's announcement that the number 12 service will be withdrawn in May.",
        "Following their press release, the route will be cut back to hourly.",
        "Option A: the Council waives the rent for the first year.",
        "Option 2 - the Council pays for the new roof and recovers half from the club.",
        "Scenario B: we sell the site to the trust at a discount.",
        // A fear, not a promise
        "The Council is concerned that the grant will be clawed back by the Government.",
        "Residents are worried that the library will be closed for good.",
        "The danger is that the funding will be withdrawn before the works start.",
        // A first word that names a thing, not a command
        "Supply chain problems have delayed the new boilers.",
        "Repair costs are rising across the housing stock.",
        "Clearance work will resume once the nesting season is over."
    })
    void leavesNearMissesOfTheNewConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /**
     * Constructions first met in the third held-out split (retired to tuning on 2026-11-29), each in other words than the
     * split's, with near misses below: the generalisation check.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        // The writer consenting for the Council; a name or a role addressed before a command
        "As portfolio holder I consent to the parks team letting the bowls pavilion to the tennis club for five years.",
        "Sam, get the gang to put the fallen railings on Quay Street back up this afternoon.",
        "Mo, tell the waste team to empty the overflowing bins on Harbour Parade today.",
        "Crew: clear the blocked gully outside the surgery and charge it to the drainage budget.",
        "Contractors: replace the broken lantern on Beach Road and invoice the Council at the agreed rate.",
        // The Council told to pay in a command's last words, ring-fenced money, contracts exchanged on request
        "Fine, crack on with the new gate and bill us.",
        "Earmark £8,000 of the ward budget for the new defibrillator and tell finance it's approved.",
        "Please ask Legal to exchange contracts on the garage site this week.",
        "Ella, please ask the estates team to sign the lease with the scout group today.",
        // Something given in two words, a cost taken on in an idiom
        "The first year's rent on the unit is on us.",
        "The plot at Sandy Lane allotments is yours from next month.",
        "Good news: the £400 hardship grant is yours.",
        "We're picking up the bill for the replacement fencing at the play area.",
        "The Council is picking up the costs of the clean-up.",
        // The present progressive as a promise
        "We're replacing the boilers in all forty flats at Millmead Court this winter.",
        "We are resurfacing the whole of Station Road in June.",
        // Performatives: consider it done, leave given, a decision stated as made
        "Consider your application for the hardship fund approved.",
        "Consider the extension to your market stall licence granted.",
        "Consider this my approval to open the community hall on Sunday afternoons.",
        "Treat this email as my confirmation that the Council will not sell the Green Lane playing field.",
        "Permission is granted for the church to use the Memorial Hall car park on Christmas Eve.",
        "Consent is hereby given for the banner to hang on the town hall railings during carnival week.",
        "It has been agreed that the bowls club can use the pavilion free of charge until the end of the season.",
        "It has been decided that the Council will pay for the new goalposts.",
        // Settled decisions in the passive, on things the rules did not list
        "Your allotment rent has been halved for the rest of the year.",
        "Boat hire at the lake has been reduced for residents this summer.",
        "Beach hut hire fees for over-sixties are abolished from next season.",
        "The lease of the café on the pier is extended for five more years.",
        "The sale of the Ropewalk car park to the housing association is agreed at £1.2m.",
        "Your gym membership has been suspended free of charge while you recover.",
        "The community grant to the food bank is increased to £5,000.",
        "The compensation offer has been raised to £750.",
        // Money on its way, a concession stated as fact, a home promised
        "The money will be in your account by the end of the week.",
        "Children swim free at all our leisure centres during the summer holidays.",
        "From April, blue badge holders park free in all council car parks.",
        "I am confirming that you will be offered the next two-bedroom flat that comes up in Eastcliff.",
        "You will get the next bungalow that becomes available on the Ridgeway estate.",
        "There will be no charge in May for the pest treatment."
    })
    void readsTheThirdSplitsConstructionsInNewWords(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Consent, vocatives and roles that instruct nothing
        "As a resident I consent to my details being shared with the housing team.",
        "I do not consent to the Council selling the playing field.",
        "Sam, get the gang together for the litter pick on Saturday.",
        "Mo, tell the waste team I said thank you for their hard work.",
        "Mo, ask the waste team whether they can empty the bins earlier.",
        "Crew: thanks for all your hard work on the clean-up.",
        "Please ask Legal for their advice on the garage site lease.",
        "Please ask the estates team to look at the lease with the scout group.",
        // "On us" and "yours" that give nothing
        "The onus is on us to keep residents informed.",
        "The pressure is on us to find the savings.",
        "The choice is yours, and the decision is yours too.",
        "The floor is yours for the first ten minutes of the meeting.",
        "The grant will be yours if Cabinet agrees.",
        "I'm not saying the flat is yours.",
        // Progressives of talk, waiting or idiom
        "We're looking into the damp at Millmead Court.",
        "We are still waiting for the contractor's report.",
        "We are paying the price for years of underinvestment.",
        "We are considering whether to resurface Station Road next year.",
        "We're grateful for your patience.",
        // Performatives refused, suggested, or about someone else's deed
        "Don't consider your application approved until you hear from officers.",
        "Please do not treat this email as my approval to open the hall.",
        "Do not take this letter as my confirmation that the Council will pay.",
        "Take this email as my confirmation that the Council will not pay for private drainage.",
        "It has been suggested that the Council could pay for the new goalposts.",
        "It has not been agreed that the club can use the pavilion.",
        "It has been agreed that officers will look into the drainage.",
        "It has been agreed that residents will pay for their own bins.",
        "Permission has not been given for the banner.",
        "Notice is hereby given that the footpath will close on Monday.",
        "Planning permission is granted by the inspector, not by us.",
        // Charges raised, others' grants, conditions and reports
        "Your rent has been increased by £5 a week from April.",
        "The Government grant to the Council has been increased to £2m.",
        "Our grant from the lottery is increased to £40,000.",
        "The grant has not been increased this year.",
        "If the grant is increased, the club will repair the roof.",
        "Whether the grant is increased is for Cabinet to decide.",
        "The money will be in your account if the claim is approved.",
        "Officers say the money will be in your account by Friday.",
        "Children used to swim free at our leisure centres.",
        "Children swim free at the county's pools during the holidays.",
        "Children should swim free at all our leisure centres, in my view.",
        "I can confirm that you will get a reply within ten working days.",
        "You will get the next newsletter in the spring.",
        // Asked about, attributed afterwards, denied by its subject
        "We don't know whether the refund will be paid to you or your landlord.",
        "I'll find out if the fence will be replaced.",
        "The Council will pay for it, claimed the developer, but nothing has happened.",
        "The Council will pay, the officer said, but I'm still waiting.",
        "Nobody at the Council has agreed to pay for your fence.",
        "No one in the housing team has promised you a transfer.",
        "The Head of Housing has confirmed that your rent arrears have been written off.",
        // Things done by others, or things that are not the Council's
        "The lease on the café has been extended by the trust, not by us.",
        "The sale of the depot was agreed in 2019 but fell through.",
        "Sales at the market have been reduced by the rain.",
        "The contractor is picking up the bill for the damage he caused.",
        "The membership of the committee has been reduced to seven.",
        "The hire company has been paid by the festival organisers.",
        "The booking has been cancelled by the club."
    })
    void leavesNearMissesOfTheThirdSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /** Constructions of the third tune split (tune3) that the rules now read, in other words than the split's. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Raise a credit note on Mrs Bell's garden waste account for the missed collections.",
        "Restart Mrs Bell's collections and don't charge her for the missed weeks.",
        "Sue, book the Guildhall for the volunteers' lunch and send the bill to the mayoralty budget.",
        "Action for Kim: patch the potholes outside the library this week.",
        "Bill the housing account for the call-out.",
        "Your allotment rent comes down to £30 a year from April.",
        "A refund cheque for £75 is in the post to you.",
        "Done - the £45 will be back in your account by Tuesday.",
        "The bill for the new lock will come to us, not to you.",
        "That one's on the Council.",
        "Not a penny will be charged for the replacement bin.",
        "We'll write off the £40 arrears on your garage.",
        "I'd like you to refund Mr Dale's £30 permit fee.",
        "You'll be getting your £20 deposit back next week.",
        "We will host the visitors and pay for their lunch.",
        "I write to record that the Council will resurface the car park in May."
    })
    void readsTheThirdTuneSplitsConstructionsInNewWords(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Raise the issue with the housing team, please.",
        "Tell her we don't charge for the first visit.",
        "Sue, all the best for your retirement.",
        "Note: the library closes early on Friday.",
        "Your allotment rent went down last year.",
        "Your application form is in the post.",
        "The bill will come to you in the post.",
        "The onus is on the Council to explain itself.",
        "Write to the housing team about the damp.",
        "We will be in touch at no cost to you.",
        "I'd like you to look into the damp at Flat 4.",
        "I'd like the Council to refund the fee.",
        "The minutes record that the Council will resurface the car park in May."
    })
    void leavesNearMissesOfTheThirdTuneSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /**
     * Constructions of the fourth held-out split (heldout4, retired to tuning) and the third tune split's last misses, in other
     * words than the splits': leave to use something for nothing ("can have the green rent-free"), a request backed by the
     * writer's approval, assent before a command, firms told what they are to do, prohibitions and halts to work, passive
     * instructions, works done or treated, settled statements, exemptions, rent-free periods, ward money, sums awarded, gifts
     * of Council property, charges held or no longer chased.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "The tennis club can use the courts at Dane Park rent-free until the end of the season.",
        "The choir may rehearse in the Guildhall free of charge on Tuesday evenings.",
        "You're very welcome to borrow our gazebos for the street party, free of charge.",
        "The food bank can keep its van in the depot yard at no extra charge for another month.",
        "The Scouts are welcome to store their canoes in the boathouse at no cost.",
        "Can you please make sure the new benches go in at Ellington Park this month, as the spend is already approved.",
        "Could you get the railings on Hawley Square painted next week, as I have signed it off?",
        "Would you arrange for the grant to go to the youth club on Friday, as I've already authorised it.",
        "Please have the noticeboard replaced by the end of the month; it's funded.",
        "Agreed, go ahead and order the new play equipment.",
        "Fine by me, refund the deposit.",
        "Yes, that's approved, tell the contractor to begin on Monday.",
        "The mould in the bathroom will be treated by our repairs team next week.",
        "The leak in the roof will be done on Friday.",
        "Your asbestos survey will be carried out free of charge.",
        "The rats in the communal bin store will be treated at no cost to residents.",
        "The contractor is to resurface the car park and send the invoice to us.",
        "Eastwood Landscapes are to strim the verges fortnightly from June.",
        "Under no circumstances is the contractor to fell the oak on Church Hill.",
        "On no account are the crews to remove the floral tributes at the war memorial.",
        "Hold off demolishing the old toilet block until the bat survey is back.",
        "Down tools on the sea wall until the engineer has signed it off.",
        "The youth band can have the bandstand every Sunday free of charge this summer.",
        "Consider this letter your licence to trade from the promenade kiosk this summer.",
        "We won't be chasing you for the £80 overdue rent.",
        "The abatement notice on your workshop is withdrawn.",
        "Every new tenant at Vale Court gets the first fortnight rent-free.",
        "The first six months' rent on the market stall are free.",
        "Your pitch is exempted from the pitch fee until the end of June.",
        "Your offer of an apprenticeship with the parks team stands.",
        "I'm giving £250 of my ward budget to the Cliftonville lunch club.",
        "I will put £300 from my ward fund towards the new goalposts.",
        "Expect a £45 refund from the Council within ten days.",
        "The bowls club has been awarded £2,000 from the Council's community fund.",
        "Your parking fee won't go up this year.",
        "Legal have been told to release the deposit to the tenant.",
        "The parks team has been instructed to replant the rose beds at Dane Park.",
        "We will keep funding the lunch club until March.",
        "The Council will give the surplus tables from the Guildhall to the community centre.",
        "Our IT team will give the library twenty tablets from our surplus stock.",
        "We're sending a plumber round this afternoon to fix the leak, at no cost to you.",
        "Sam, send a crew out this morning to clear the fallen tree on Park Lane.",
        "The water in the underpass is ankle deep, so get the gully emptied today and charge it to the highways budget.",
        "The Council will take the cost of the new locks on itself.",
        "We'll take the trainee on permanently from April.",
        "We'll take the leylandii on the boundary down to two metres next month.",
        "The Council will put new bins outside the chip shop on the seafront.",
        "Every member of the cleansing team will get a £200 bonus in December; that's agreed.",
        "That's settled: the market traders keep their pitches at this year's rate.",
        "The street sweeper will go round the market square every evening during the festival; I've arranged it.",
        "We have appointed Coastline Surveys as the engineers for the harbour wall.",
        "The Council commissions you to design the new signs for a fee of £1,200.",
        "Take it from me that your garage rent won't go up next year.",
        "The Council will inspect the wall and pay for the new coping stones.",
        "We will keep the pool open until the funding runs out.",
        "Get Mrs Okafor's council tax refund processed this week, please.",
        "Put the flood-night overtime for the wardens through in next month's payroll.",
        "See that Mr Patel's overpaid rent is refunded before the end of the month.",
        "Your rent account has been credited with £120 for the weeks without heating.",
        "Our building control team will do the completion inspection free of charge on Monday.",
        "I'm committing the Council to resurfacing the whole of Mill Lane next summer.",
        "We'll let the £20 late payment fee go this once.",
        "Your mooring is guaranteed for next year at this year's rate.",
        "Send the tree team to Vicarage Lane tomorrow and have them clear the fallen branches.",
        "fine by me, fee waived, will let the team know",
        "Agreed - the Council pays for the new noticeboard.",
        "Carol, instruct the solicitors to draw up the lease for the kiosk.",
        "The enforcement notice on the caravan site is lifted.",
        "Your community centre booking is accepted and the hire fee waived, as you are a charity."
    })
    void readsTheFourthSplitsConstructionsInNewWords(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    /** Their near misses: conditional, asked, negated, hedged, reported, someone else bound, personal, or only talk. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The tennis club can use the courts rent-free if the committee agrees.",
        "Could the tennis club use the courts rent-free next season?",
        "The tennis club can't use the courts rent-free any more.",
        "I think the choir can rehearse in the Guildhall free of charge.",
        "I can park free of charge at the station on Sundays.",
        "The club says it can keep its boats in the boathouse free of charge.",
        "Can you please tell me whether the spend is already approved?",
        "Could you check whether I have approved the cost of the benches?",
        "Could you arrange the refund once I have approved it?",
        "Can you please send me the report, as the budget isn't approved yet?",
        "Your complaint will be treated seriously.",
        "The damp will be treated by the landlord next month.",
        "I hope the mould will be treated soon.",
        "Will the leak be done on Friday?",
        "The review will be done by the end of March.",
        "Your MOT will be done free of charge by the garage.",
        "I will visit the estate every Thursday from March.",
        "The club will meet every Wednesday evening from September.",
        "The contractor is to blame for the delay.",
        "The contractors are to attend the site meeting on Tuesday.",
        "The residents are to pay the service charge by March.",
        "Under no circumstances will I support closing the library.",
        "Under no circumstances should residents put glass in the blue bin.",
        "Hold off replying to her until I've spoken to legal.",
        "The crew downed tools at three o'clock.",
        "Consider this letter a formal complaint about the service.",
        "We won't be chasing the contractor for an answer until Monday.",
        "The planning application has been withdrawn by the applicant.",
        "Your application for a pitch has been withdrawn.",
        "Tenants used to get the first month rent-free.",
        "Does every new tenant get the first month rent-free?",
        "Charities are not exempt from the market levy.",
        "Is my stall exempt from the levy?",
        "Your offer of £200 for the land does not stand.",
        "I'd put £300 of my ward budget towards it if I had any left.",
        "I can't put £300 of my ward budget towards the goalposts.",
        "I've put £300 of my own money towards the goalposts.",
        "Don't expect £300 from us for the freezer contents.",
        "Expect a letter from us next week.",
        "The club has been awarded £2,000 by the National Lottery.",
        "The group has been awarded £5,000 from the Arts Council.",
        "I don't think your parking fee will go up this year.",
        "The landlord says your rent won't go up next year.",
        "Your rent won't go up by much next year.",
        "I have been told to pay the fee by Friday.",
        "The developer has been told to pay for the new footpath.",
        "Officers have been asked to look into the damp.",
        "The Council will give your letter to the trust.",
        "We will give consideration to the club's request.",
        "The Council will give your details to the housing association.",
        "We will take the matter up with the county.",
        "We will take your comments on board.",
        "We will put your concerns to the committee.",
        "I'm worried we will end up paying for the repairs ourselves.",
        "If we don't act, I'm worried we will end up in front of the Ombudsman again.",
        "Nothing is agreed yet; the union still has to vote.",
        "The club wants to keep the green; that's not agreed.",
        "We'll meet at ten; that's agreed.",
        "I'll bring the cake; that's settled.",
        "That's settled, then: I'll see you at the surgery.",
        "We have appointed a date for the hearing.",
        "The Council has commissioned a report to look at the flooding.",
        "I remain of the view that a new boiler should be paid for by the Council.",
        "Under the tenancy, residents clean the stairs and pay for their own window cleaning.",
        "No decision has been made on the grant, so please hold off ordering the new signage.",
        "I'm confident the Council will award the contract before Easter.",
        "You can't assume the lease will be renewed; the panel hasn't met.",
        "Don't take it as read that the grant will be paid.",
        "The library is closed on Monday; please collect your books on Tuesday.",
        "Residents can take up to three bags to the tip free of charge.",
        "The seasonal posts will be advertised in January, so look out for them.",
        "The cost of the new fence will be borne by whoever owns the land.",
        "Sorry, I cannot give the club the hall rent-free.",
        "Since you first reported the leak, officers say the Council will repair the roof.",
        "Right, the club thinks it can stay on the field for another three weeks at no extra charge.",
        "We will let you know about the refund of your fee.",
        "We will keep you posted about the grant money.",
        "We will look into it and let you know.",
        "The group has been awarded £5,000 from the Arts Council.",
        "Water has been coming up through the pavement outside the shops since Tuesday, and it is now freezing overnight.",
        "The Council will pay for the repairs until Cabinet has agreed the new budget.",
        "The office is shut on Monday, so renew your permit online.",
        "Residents are confused; please pay your council tax online.",
        "The fire brigade will fit free smoke alarms in every flat on the estate.",
        "Please send your last two payslips to the benefits team by Monday.",
        "Please return your completed form to the electoral services team.",
        "Could you get the refund processed? I'm not sure it has been approved.",
        "See that you have your paperwork ready for the hearing.",
        "We'll let the matter rest there.",
        "Your place on the course is not guaranteed.",
        "Is your mooring guaranteed for next year?",
        "No fee waived yet, I'm afraid.",
        "Was the fee waived?",
        "The surgery will do your flu jab free of charge.",
        "Agreed - the club pays for its own kit.",
        "I'm committing myself to fighting the closure."
    })
    void leavesNearMissesOfTheFourthSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /**
     * Constructions of the fourth tune split (tune4) that the rules now read, in other words than the split's: gifts and
     * loans of Council property, staff terms and appointments, "X is to…" and "under no circumstances…" instructions,
     * notes and lists of actions, negatively phrased waivers and forbearance, informal leave to use Council property,
     * extensions of time, contract variations, money said in other ways, a promise restated or set off by an aside.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "The spare folding tables at the depot are to go to the Westgate youth club free of charge.",
        "Coastal Scaffolding is to dismantle the tower on the pier by Thursday and bill the seafront budget.",
        "The grounds crew are to strim the cemetery paths before the Remembrance service.",
        "Under no circumstances are the contractors to block the school entrance during drop-off.",
        "Under no circumstances should the pool charge the swimming club for the cancelled session.",
        "Marlow Fencing is not, under any circumstances, to remove the hedge on the north boundary.",
        "Actions after the meeting: 1) refund the Hendersons' £60 permit fee; 2) replace their bin.",
        "To do (Priya): fill the potholes on Acre Lane and bill it to highways.",
        "Outcome: complaint upheld, £80 compensation and a written apology.",
        "NB: no fee for the repeat visit to 4 Mill Close, as the first one was our fault.",
        "Done - new food caddy on its way, no charge.",
        "We won't be chasing the council tax overpayment, as the mistake was ours.",
        "The Council will take no further action over the shed, given your circumstances.",
        "Nobody at the Council will be asking you for the £120.",
        "You don't owe us a penny for the replacement key.",
        "Not a single penny of the cremation fee will fall to you.",
        "The bowls club won't be paying any rent while the green is relaid.",
        "Your garage rent won't be going up this year.",
        "No deposit will be required for the room.",
        "The boarding fees won't be passed on to you.",
        "There's no question of the Council not paying for your broken fence.",
        "Yes, the Scouts can use the pavilion on Friday evenings from October.",
        "The drama group can borrow the stage blocks from the Guildhall for their spring show.",
        "Your caravan can stay on the harbour car park until the end of the month.",
        "Your late husband's bench plaque can stay as it is.",
        "The Council is content for the fair to run until 10pm on Friday.",
        "It's fine by me, and by the Council, for the fun run to use the promenade on 4 May.",
        "You're welcome to the spare paving slabs at the depot for the community garden.",
        "Feel free to put your planters out on the square all summer, and there's no licence fee this year.",
        "The bin crews will get time and a half for the Easter rounds.",
        "The wardens' mileage allowance goes up to 50p a mile from April.",
        "You are appointed as the Council's interim licensing officer from next Monday.",
        "Consider yourself hired: we'll take you on as a summer lifeguard.",
        "Our retired library laptops are being donated to the Eastcliff homework club.",
        "Tell the depot to hand the old benches over to the bowls club for nothing.",
        "Let the allotment society keep the old council shed; there's nothing to pay.",
        "Keep the £25 we overpaid you; it's not worth recovering.",
        "The youth theatre is getting £400 from us again this year.",
        "We owe you £60 for the damaged mower, and a cheque will follow.",
        "A goodwill payment of £100 will be made to you for the missed collections.",
        "£500 will be added to your community grant to cover the extra hire.",
        "The £320 is cancelled from today.",
        "The £1,500 for the minibus comes with no strings attached.",
        "The lost market income is ours to bear.",
        "Small business rate relief will be applied to your café from the day it opened.",
        "Your charity will get a year's rent-free space in the Harbour hub.",
        "Your stall fee is coming down by ten per cent from next month.",
        "Your garden waste charge is frozen for three years.",
        "The bulky waste collection is free this time.",
        "The closing date for your application has been put back to 30 September.",
        "We're giving the Tea Rooms until June to clear their arrears.",
        "Add the three new litter bins on Park Road to Cleanways' contract at the same rates.",
        "Withhold the retention on the toilet refurbishment until the defects are fixed.",
        "Treat my email as written authority for the depot to lend the barriers to the carnival.",
        "Tell Harbour Civils they have until 2 May to finish the slipway.",
        "I want the fly-tip on Cliff Road gone by tomorrow, so get the contractor on it.",
        "I've told revenues to refund you the £40 you paid twice.",
        "You can bank on us gritting your road before the frost.",
        "We've decided to keep the Eastcliff library open on Saturdays.",
        "I told the club that we would pay for the new nets, and we will.",
        "As I promised at the meeting, the Council will pay for the new railings.",
        "The Council - and I have cleared this with the Chief Executive - will cover the cost of the survey.",
        "The Council will repair your wall, of course - how could we not, when our tree knocked it down?",
        "I'd be grateful if you could arrange for the Council to pay Mr Dunn's storage costs.",
        "The £20 admin charge has been taken off."
    })
    void readsTheFourthTuneSplitsConstructionsInNewWords(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    /** Their near misses: hedged, conditional, negated, asked, reported, someone else bound, the writer's own, a fact. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The aim is to reduce the fees for small traders next year.",
        "The plan is to refund everyone who was overcharged, but Cabinet has to agree it first.",
        "Harbour Civils are to blame for the damage, in my opinion.",
        "The developer is to pay for the new roundabout under the section 106 agreement.",
        "You are to pay the balance by the end of the month.",
        "Eastcliff Builders is to be bought by a national firm, according to the local paper.",
        "Is the contractor to finish the slipway by May?",
        "The old desks are to go to auction next month.",
        "The report is to go to Cabinet in June.",
        "Under no circumstances will I support closing the library.",
        "Under no circumstances should you feed the gulls on the promenade.",
        "Under no circumstances can I promise the pool will waive the fee.",
        "Actions for me: chase the refund and write to Mrs Hale.",
        "Agenda: 1) minutes; 2) rent holiday request for discussion; 3) any other business.",
        "Outcome still awaited - no decision on compensation yet.",
        "Outcome: the complaint was not upheld, and no payment is due.",
        "NB: a repeat visit is normally charged at the full rate.",
        "There is no charge for the first bulky waste collection under national rules, I'm told.",
        "We will be chasing the arrears through the courts.",
        "If we take no further action, the hedge will keep growing.",
        "I don't know whether anyone from the Council will be asking you for the money.",
        "You still owe us £40 for the pest control visit.",
        "The club says it won't be paying any rent until the roof is fixed.",
        "Your rent will be going up by 3% at this year's review.",
        "Can the Scouts use the pavilion on Friday evenings from October?",
        "You can't leave your van on the harbour car park overnight.",
        "Residents can use the tip until 6pm on weekdays.",
        "You can have your say on the plans until 5 March.",
        "You can park in the Harbour Street car park from 8am.",
        "The parish council is content for the fair to run until 10pm.",
        "The Council would be content for the fair to run late if the police agree.",
        "You're welcome to the meeting on Thursday.",
        "Feel free to drop in to my surgery on Saturday.",
        "Feel free to use my name when you ring the housing team.",
        "The bin crews deserve time and a half for the Easter rounds.",
        "Should the wardens' mileage allowance go up to 50p a mile?",
        "I've been appointed as the Council's representative on the harbour board.",
        "Mrs Kent has been appointed as head teacher at Eastcliff Primary from September.",
        "Consider yourself warned: the car park floods at high tide.",
        "I'm giving my old laptop to the homework club.",
        "The Rotary Club's minibus is being sold to a dealer for £9,000.",
        "Tell the depot I'd like to know whether the old benches could go to the bowls club for nothing.",
        "Let me keep you posted on the bench.",
        "Let them keep their dignity.",
        "The youth theatre was getting £400 from us until the cuts.",
        "You owe us £60 for the damaged mower.",
        "If a goodwill payment of £100 were made to you, would that settle it?",
        "£500 might be added to your grant if the panel agrees.",
        "The £320 was cancelled by the previous administration.",
        "Lottery money rarely comes with no strings attached.",
        "The loss is yours to bear, I'm afraid.",
        "Small business rate relief might be applied to your shop if you qualify.",
        "Your charity could get rent-free space in the hub if the board agrees.",
        "The price of fuel is coming down by ten per cent, the paper says.",
        "Your garden waste charge was frozen for three years in 2019.",
        "Is the bulky waste collection free this time?",
        "The closing date for grant claims was 30 June, and it has passed.",
        "The government is giving councils another month to submit their plans.",
        "Add the item to the agenda for the next meeting.",
        "Consider this email my formal objection to the mast.",
        "Tell your neighbour they must trim the hedge.",
        "The developer has until June to finish the estate road, I understand.",
        "I want the graffiti gone, so I'll ask the team to look at it.",
        "I've told the housing team about your damp.",
        "You can bank on me to raise it at Cabinet.",
        "We've decided to consult residents before anything changes.",
        "We have decided not to renew the lease.",
        "I told the club that we would consider paying for the nets, and we will.",
        "As I said, I'll raise it with officers.",
        "The Council - so officers tell me - will cover the cost of the survey.",
        "I'd be grateful if you could let me know when the survey is done.",
        "Carol has confirmed that the Council will pay, and I've attached her email.",
        "The authority undertakes a full review of its charges every spring.",
        "I'm pledging £20 of my own money to the appeal.",
        "Empty homes grants used to be available, but the scheme closed.",
        "Watchpoint are hoping we'll renew the contract, but no decision has been made.",
        "Please accept my apologies for missing your call.",
        "The Council accepted the Ombudsman's findings in 2021 and paid £500.",
        "Under the lease, the tenant must repair the roof.",
        "The school is to pay for its own minibus.",
        "The choir is to sing at the civic service on Sunday.",
        "The parks team is to consider the request at its next meeting.",
        "The club can use the pitch if it books through the leisure centre.",
        "You can use the online form from Monday.",
        "You can leave a message on the answerphone until 5pm.",
        "You can keep the leaflet for your records.",
        "Keep the letter we sent you, as you may need it for the appeal.",
        "Please hand the keys over to the caretaker at the end of the evening.",
        "The caretaker can put the chairs out from 6pm if you ask him.",
        "You can have a copy of the report from the Democratic Services team.",
        "The library can stay open later only if the budget allows it.",
        "Yes, the minutes can go on the website from Friday.",
        "You can store your bins in the alley until the council decides.",
        "The Scouts can keep the trophy until next year's competition.",
        "Dogs can stay on the beach from October to April.",
        "The club can hold its AGM in the pavilion, subject to booking.",
        "NB: the office is closed on bank holidays.",
        "Reminder: no parking on the verge.",
        "The consultation is free to respond to until 30 June.",
        "Entry to the museum is free this time of year, I believe.",
        "The car park stays free on Sundays, as it always has, under the county's scheme.",
        "The bus station toilets will stay open until the county closes the station.",
        "We are giving our views to the planning inspector next week.",
        "The deadline for comments has been extended to 30 May by the inspector.",
        "The deadline for objections is 30 May.",
        "Treat my comments as my personal view, not the Council's.",
        "Add your name to the petition on the Council's website.",
        "Stop the payment if the works aren't done, is my advice.",
        "I want the fly-tip gone by Friday, but it's for the landowner to clear.",
        "I've told the housing team I'm unhappy.",
        "I've told finance I'll raise it at Cabinet.",
        "You can count on me to raise it.",
        "We've decided to look again at the options.",
        "The Council would only pay if the insurers refused, and they haven't.",
        "The staff will get their pay rise in April, the union says.",
        "Whether the crews get double time is for HR to decide.",
        "The mileage allowance went up to 45p last year.",
        "I owe you a phone call, and I'll ring tomorrow.",
        "We owe you an apology for the delay.",
        "£200 will be added to your bill if you don't pay by Friday.",
        "The £40 was refunded to you in March.",
        "The Government's £2m comes with strings attached.",
        "Our grant from the lottery is getting bigger.",
        "You will get free advice from the Citizens Advice bureau.",
        "Your rent is going down by £5 a week, according to the housing association.",
        "Your rent is coming down only if the review agrees.",
        "Tell them they have until Friday to respond to the consultation.",
        "Under the contract, the firm is to repair defects within 28 days.",
        "The authority is to consider the matter at Cabinet in May.",
        "The crew are to be congratulated on the clean-up.",
        "Feel free to ring me any time until 9pm.",
        "You're welcome to the council meeting on Thursday evening.",
        "No one from the Council has asked you for the £80, as far as I know.",
        "We won't be able to refund the fee, I'm afraid.",
        "Nothing is owed to you for the cancelled event.",
        "No fee will be charged by the county for the licence.",
        "There's no question of the Council paying for private drains.",
        "You don't owe us anything yet; the invoice will follow.",
        "The club won't be paying its rent on time, the treasurer tells me.",
        "Your rent won't be going up, says the landlord."
    })
    void leavesNearMissesOfTheFourthTuneSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }

    /**
     * Constructions of the fifth held-out split (heldout5, retired to tuning) and the fifth tune split's misreadings, in other
     * words than the splits': Council units and firms told what they are or are not to do, a rent holiday given, a command
     * to a role with a trailing contrast ("…, not the county"), concessions stated as fact ("with no transfer fee", "nothing
     * to pay", "won't cost you a penny", "expect £X back"), forbearance for a time, a free replacement, a lease at a
     * peppercorn, money into an account, a confirmation written on the Council's behalf, a commitment after a courtesy.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Finance are to release the second tranche of the heritage grant to the bowls club next week.",
        "The revenues section is not to add the court costs to Mr Ahmed's account.",
        "Our licensing team are not to charge the church for the temporary event notice.",
        "The gritting crew is to leave the private lane off its route from tonight.",
        "Parkline Demolition are not to start on the old depot until the bats have been surveyed.",
        "I'm instructing Revenues to give the café a rent holiday for the three months the pier was shut.",
        "Please tell Estates to give the allotment society a fee waiver for this year.",
        "Contractor: patch and reline the gully on Vale Road by Friday and invoice us, not the county.",
        "Your pitch at the Sunday market moves to the new site with no transfer fee.",
        "The exhibition of the sixth-form artwork will stay in the foyer for another fortnight, with no extra hire charge.",
        "The new parking bays outside the surgery will be marked this week, and there's nothing to pay.",
        "So expect the full £212 back in your account by Tuesday.",
        "Your bin will be swapped on Thursday and it won't cost you a penny.",
        "Collection of the arrears is on hold until your review is heard, and no further reminders will be sent.",
        "We'll leave the boat on the slipway until after Easter and no storage charge will be made.",
        "The Council will send you a free replacement parking permit, as the first one was lost in our post room.",
        "The Council will let the old lifeboat house to the rowing club on a 30-year lease at a peppercorn.",
        "The hardship payment of £150 is going into your account on Monday.",
        "I am writing on behalf of the Council to confirm that the £95 court summons cost has been cancelled.",
        "Congratulations on the wedding, and by the way your garden waste refund has gone through, so expect £40 back next week."})
    void readsTheFifthHeldOutSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isPresent();
    }

    /**
     * Their near misses: someone blamed or asked, a condition, a report, the writer's own agent, disclaimers ("don't take
     * my attendance as a sign that…", "what I can't do is…"), a likelihood, a decision credited to a committee or panel,
     * a letter only acknowledged, a courtesy alone, another body's free replacement, electoral arrangements, a rise.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Building Control are to blame for the delay, in my opinion.",
        "Finance are to consider the request at their meeting next month.",
        "If Finance are to release the grant, they will need the signed form first.",
        "Are Estates to let the farm to the young couple?",
        "I gather Estates are to let the holding, but nothing has been settled.",
        "The tenants are not to keep pets in the flats under their tenancy.",
        "Estates are not to be trusted with this, frankly.",
        "I'm instructing my agent to give the buyer a rent holiday on my own flat.",
        "I won't be asking Revenues to give the café a rent holiday.",
        "Contractor: can you tell me whether you invoiced us, not the county?",
        "Please don't take my attendance as a sign that the Council will fund the new hall.",
        "Don't read anything in my letter as a promise that the Council will replace the fence.",
        "What I can't do is tell you the Council will meet the cost.",
        "I wouldn't want you to think the Council has agreed to waive the fee.",
        "If you apply in the spring there's a fair chance the Council will cover most of the cost.",
        "The Planning Committee granted the application last night, so the extension can now go ahead.",
        "The Licensing Panel refused the variation on Tuesday, so the bar must close at 11pm.",
        "I expect £300 will come back to you eventually, though I can't promise.",
        "I am writing to confirm that I received your letter about the recharge.",
        "Congratulations on the award, and well done to everyone at the club.",
        "The county will send you a free replacement bus pass.",
        "Garlinge ward will be divided into two wards from the next elections.",
        "Your pitch fee will rise with no change to the service.",
        "The club says its members pay nothing for the green this season."})
    void leavesNearMissesOfTheFifthHeldOutSplitsConstructions(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }
}
