//! One test per class of the spot checks (issue 16): realistic council minutes, read as the
//! binary reads them (the matcher splits the items, the pack runs over them), with an item a
//! lawyer would want to read and a lawful near miss beside it in the same meeting. The
//! wordings are written for these tests, not copied from a corpus.

use std::collections::BTreeMap;

use tilsyn_matcher::Matcher;
use tilsyn_spotcheck::{Flag, Pack, RulePack};

/// A council meeting of 14 March 2024 with `items` as numbered agenda items after an
/// ordinary first item.
fn meeting(items: &[(&str, &str)]) -> String {
    let mut page = String::from(
        "Referat\nByrådet\nMødedato: 14. marts 2024\nMødetidspunkt: 17.00\nMødested: Byrådssalen, Rådhuset\nAfbud: Jens Kirk (V)\n\n1. Godkendelse af dagsorden\nSagsnr.: 00.22.04-A00-1-24\nBeslutning\nDagsordenen blev godkendt.\n\n",
    );
    for (i, (title, body)) in items.iter().enumerate() {
        page.push_str(&format!(
            "{}. {title}\nSagsnr.: 00.01.00-A00-{}-24\n{body}\n\n",
            i + 2,
            i + 40
        ));
    }
    page
}

/// The rules that fired, by item title.
fn flags_by_item(page: &str) -> BTreeMap<String, Vec<String>> {
    let matcher = Matcher::new().unwrap();
    let pack = RulePack::new(Pack::SpotCheck).unwrap();
    let pages = [page];
    let analysis = matcher.analyse(&pages);
    let flags: Vec<Flag> = pack.check_dated(&pages, &analysis.items, analysis.meeting.date);
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in flags {
        out.entry(f.item.clone().unwrap_or_default())
            .or_default()
            .push(f.rule);
    }
    out
}

/// Asserts that `flagged` is flagged by `rule` and that `quiet` and the ordinary first item
/// raise no flag at all.
fn check(rule: &str, flagged: (&str, &str), quiet: (&str, &str)) {
    let page = meeting(&[flagged, quiet]);
    let by_item = flags_by_item(&page);
    let hit = by_item.get(flagged.0).cloned().unwrap_or_default();
    assert!(
        hit.iter().any(|r| r == rule),
        "{rule} should flag {:?}; flags by item: {by_item:#?}",
        flagged.0
    );
    assert!(
        !by_item.contains_key(quiet.0),
        "the near miss {:?} should raise no flag; flags by item: {by_item:#?}",
        quiet.0
    );
    assert!(
        !by_item.contains_key("Godkendelse af dagsorden"),
        "{by_item:#?}"
    );
}

#[test]
fn a_fixed_quantity_in_words_that_cannot_be_departed_from_is_flagged() {
    check(
        "spot.fixed_frame",
        (
            "Serviceniveau for tøjvask i eget hjem",
            "Resumé\nSagen fastlægger serviceniveauet for tøjvask efter servicelovens § 83.\nSagsfremstilling\nBorgere, der er visiteret til praktisk hjælp, tilbydes fremover to vaske om måneden. Niveauet gælder for alle borgere og kan ikke fraviges.\nÆldrerådet og Handicaprådet har afgivet høringssvar.\nIndstilling\n- at serviceniveauet godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Serviceniveau for indkøbsordning",
            "Sagsfremstilling\nIndkøb efter servicelovens § 83 leveres som udgangspunkt en gang om ugen. Tildelingen sker efter en konkret og individuel vurdering, og der kan bevilges mere, hvis behovet tilsiger det.\nÆldrerådet har afgivet høringssvar.\nIndstilling\n- at serviceniveauet godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_cap_written_in_words_is_read_as_a_number() {
    check(
        "spot.fixed_cap",
        (
            "Ny tildelingsmodel for ledsagelse og kontaktperson",
            "Sagsfremstilling\nStøtten efter servicelovens § 85 udgør fremover maksimalt fem timer om ugen pr. borger. Handicaprådet har afgivet høringssvar.\nIndstilling\n- at modellen godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Ledsageordning efter servicelovens § 97",
            "Sagsfremstilling\nLedsagelse kan efter loven bevilges med op til 15 timer om måneden. Timetallet fastsættes konkret. Handicaprådet har været hørt.\nIndstilling\n- at retningslinjerne godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_limit_only_an_adopted_amendment_adds_is_flagged_and_one_that_fell_is_not() {
    check(
        "spot.fixed_cap",
        (
            "Retningslinjer for afløsning i hjemmet",
            "Sagsfremstilling\nAfløsning efter servicelovens § 84 bevilges efter en konkret, individuel vurdering. Ældrerådet og Handicaprådet har været hørt.\nIndstilling\n- at retningslinjerne godkendes.\nBeslutning\nByrådet godkendte indstillingen, dog således at afløsning højst kan bevilges i otte timer om måneden.",
        ),
        (
            "Retningslinjer for aflastningsophold",
            "Sagsfremstilling\nAflastning efter servicelovens § 84 bevilges efter en konkret vurdering af familiens situation. Handicaprådet har været hørt.\nIndstilling\n- at retningslinjerne godkendes.\nBeslutning\nÆndringsforslag fra F om, at aflastning højst kan bevilges i 10 døgn om året.\n\nFor stemte: F (2).\n\nImod stemte: A, V, C og Ø (25).\n\nÆndringsforslaget faldt.\n\nIndstillingen blev herefter godkendt.",
        ),
    );
}

#[test]
fn a_presumption_of_refusal_in_paraphrase_is_flagged() {
    check(
        "spot.presumption_of_refusal",
        (
            "Praksis for hjælpemidler til fritidsbrug",
            "Sagsfremstilling\nHovedreglen er, at ansøgninger om hjælpemidler efter servicelovens § 112, der alene skal bruges i fritiden, afslås. Handicaprådet har været hørt.\nIndstilling\n- at praksis godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Praksis for boligindretning i ejerboliger",
            "Sagsfremstilling\nUdgangspunktet er, at mindre boligindretninger efter servicelovens § 116 udføres af kommunens håndværkere. Der kan dog altid ske fravigelse, og hver ansøgning behandles individuelt. Handicaprådet har været hørt.\nIndstilling\n- at praksis godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn support_to_one_company_without_a_cited_basis_is_flagged() {
    check(
        "spot.single_company_support",
        (
            "Leje af den tidligere brandstation",
            "Sagsfremstilling\nHavnens Bryghus ApS ønsker at bruge den tidligere brandstation som lager. Det foreslås, at bygningen stilles til rådighed for en symbolsk leje på 1 kr. om året i fem år.\nIndstilling\n- at lejeaftalen godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Kommunegaranti for lån til Nordby Vandværk A.m.b.A.",
            "Sagsfremstilling\nVandværket søger garanti for et lån til nye ledninger. Kommunen kan stille garanti med hjemmel i lånebekendtgørelsen, og der opkræves en garantiprovision på markedsvilkår.\nIndstilling\n- at der stilles garanti.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_sale_with_neither_an_offering_nor_a_cited_exception_is_flagged() {
    check(
        "spot.sale_no_offer_mentioned",
        (
            "Salg af parcel på Egevej",
            "Sagsfremstilling\nParcellen er på 900 m². Murermester Dahl ApS har tilbudt at købe grunden til den vurderede pris.\nIndstilling\n- at grunden sælges til Murermester Dahl ApS for 1.100.000 kr.\nBeslutning\nGodkendt.",
        ),
        (
            "Salg af restareal ved Bøgevej 12",
            "Sagsfremstilling\nEjeren af Bøgevej 12 ønsker at købe et restareal på 45 m², som ikke kan udnyttes selvstændigt. Salget er undtaget fra kravet om offentligt udbud efter udbudsbekendtgørelsens § 2, stk. 2.\nIndstilling\n- at arealet sælges til ejeren af Bøgevej 12.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_named_citizen_beside_health_terms_is_flagged() {
    check(
        "spot.named_citizen_health",
        (
            "Henvendelse om madservice",
            "Sagsfremstilling\nBorgmesteren har modtaget en henvendelse fra Anna Marie Kjær, som har diabetes og modtager hjemmehjælp, om maden fra det kommunale køkken.\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
        (
            "Ny centerleder i Ældre og Sundhed",
            "Sagsfremstilling\nPeter Lind Madsen tiltræder som centerleder for hjemmeplejen den 1. april 2024.\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
    );
}

#[test]
fn a_cpr_number_is_read_by_its_context_not_its_digits() {
    check(
        "spot.cpr_number",
        (
            "Forpagtning af jord ved Skovgården",
            "Sagsfremstilling\nJorden bortforpagtes til markedsleje efter annoncering til landmand Erik Holm, 030561-2217.\nIndstilling\n- at aftalen godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Samarbejdsaftale om tolkebistand",
            "Sagsfremstilling\nAftalen er vedlagt (j.nr. 240427-0291) og svarer til den hidtidige.\nIndstilling\n- at aftalen godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_reduction_effective_before_the_meeting_is_flagged_by_the_dates() {
    check(
        "spot.reduction_before_decision",
        (
            "Nedsættelse af tilskud til træning",
            "Sagsfremstilling\nDet frivillige tilskud til varmtvandstræning nedsættes fra 50 til 25 pct. Ikrafttrædelse: 1. februar 2024. Ældrerådet er hørt.\nIndstilling\n- at tilskuddet nedsættes.\nBeslutning\nGodkendt.",
        ),
        (
            "Nedsættelse af tilskud til foreningskørsel",
            "Sagsfremstilling\nTilskuddet nedsættes med virkning fra 1. januar 2025, så foreningerne kan nå at indrette sig. Ældrerådet er hørt.\nIndstilling\n- at tilskuddet nedsættes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_budget_stop_in_paraphrase_is_flagged() {
    check(
        "spot.budget_stop",
        (
            "Økonomisk status på voksenhandicapområdet",
            "Sagsfremstilling\nDer forventes et merforbrug på 6,1 mio. kr. Nye henvisninger til bostøtte efter servicelovens § 85 stilles i bero til udgangen af året. Handicaprådet har afgivet høringssvar.\nIndstilling\n- at status godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Budgetopfølgning på hjemmeplejen",
            "Sagsfremstilling\nMerforbruget dækkes af omplaceringer inden for rammen. Visitationen sker fortsat efter en konkret vurdering af den enkelte borgers behov.\nIndstilling\n- at budgetopfølgningen godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_service_change_for_disabled_citizens_without_a_hearing_is_flagged() {
    check(
        "spot.hearing_skipped",
        (
            "Nyt serviceniveau for kørsel til dagtilbud",
            "Sagsfremstilling\nKørsel til aktivitets- og samværstilbud efter servicelovens § 104 tilbydes fremover kun to dage om ugen. Handicaprådet er ikke hørt, da sagen skulle nå at komme med i budgettet.\nIndstilling\n- at serviceniveauet godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Ændret serviceniveau for klippekort",
            "Sagsfremstilling\nKlippekortordningen for ældre i eget hjem ændres, så klip kan bruges til flere aktiviteter. Ældrerådet har været hørt og støtter forslaget.\nIndstilling\n- at ændringen godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_closed_item_that_is_only_called_confidential_is_flagged() {
    check(
        "spot.closed_without_reason",
        (
            "Drøftelse af samarbejdsforhold (Lukket punkt)",
            "Sagsfremstilling\nPunktet er fortroligt.\nBeslutning\nDrøftet.",
        ),
        (
            "Personsag (Lukket punkt)",
            "Sagsfremstilling\nPunktet behandles for lukkede døre efter kommunestyrelseslovens § 10, da det indeholder oplysninger om en borgers private forhold.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_delegation_of_the_accounts_is_flagged_and_signing_a_deed_is_not() {
    check(
        "spot.unlawful_delegation",
        (
            "Regnskab 2023 og revisionsberetning",
            "Sagsfremstilling\nRevisionen bliver først færdig i juli. Det foreslås derfor, at årsregnskabet for 2023 overlades til Økonomiudvalget til endelig godkendelse.\nIndstilling\n- at forslaget godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Køb af ejendom til daginstitution",
            "Sagsfremstilling\nEjendommen købes for 4,2 mio. kr.\nIndstilling\n- at købet godkendes\n- at borgmesteren bemyndiges til at underskrive skødet.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_disqualified_member_who_voted_is_flagged_and_one_who_left_is_not() {
    check(
        "spot.inhabil_took_part",
        (
            "Tilskud til Sydby Rideklub",
            "Sagsfremstilling\nRideklubben søger 400.000 kr. til en ny ridehal.\nIndstilling\n- at der ydes tilskud som ansøgt.\nBeslutning\nGodkendt. Mette Dam (C), som er kasserer i rideklubben, deltog i afstemningen og stemte for.",
        ),
        (
            "Dispensation for tilbygning, Møllevej 8",
            "Sagsfremstilling\nAnsøger ønsker en tilbygning på 30 m².\nIndstilling\n- at der meddeles dispensation.\nBeslutning\nLars Eg (F) blev erklæret inhabil og forlod mødet under behandlingen. Godkendt.",
        ),
    );
}

#[test]
fn a_fee_for_casework_without_a_legal_basis_is_flagged() {
    check(
        "spot.fee_without_basis",
        (
            "Nye gebyrer i Borgerservice",
            "Sagsfremstilling\nDet foreslås at indføre et gebyr på 200 kr. for behandling af klager over parkeringsafgifter, da klagerne tager meget tid.\nIndstilling\n- at gebyret indføres.\nBeslutning\nGodkendt.",
        ),
        (
            "Gebyr for byggesagsbehandling 2024",
            "Sagsfremstilling\nGebyret for behandling af byggeansøgninger opkræves efter medgået tid med 720 kr. i timen, jf. byggelovens § 28.\nIndstilling\n- at gebyret godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_decision_to_a_citizen_with_the_wrong_complaint_body_is_flagged() {
    check(
        "spot.wrong_complaint_guidance",
        (
            "Afgørelse om ledsagelse – forelæggelse",
            "Sagsfremstilling\nAfgørelsen gengives: Kære Hanne. Vi har behandlet din ansøgning om ledsagelse efter servicelovens § 97 og giver afslag. Du kan klage over afgørelsen til Social- og Sundhedsudvalget inden 14 dage.\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
        (
            "Afgørelse om hjælpemiddel – forelæggelse",
            "Sagsfremstilling\nAfgørelsen gengives: Kære Ole. Vi har behandlet din ansøgning om en badebænk efter servicelovens § 112 og giver afslag. Du kan klage til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen, som genvurderer sagen og sender den videre til Ankestyrelsen.\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
    );
}

#[test]
fn a_decision_to_a_citizen_without_complaint_guidance_is_flagged() {
    check(
        "spot.no_complaint_guidance",
        (
            "Afgørelse om merudgifter – orientering",
            "Sagsfremstilling\nForvaltningens afgørelse gengives: Kære Bent. Du har søgt om dækning af merudgifter til medicin. Vi har givet afslag, da udgiften ikke er en følge af din funktionsnedsættelse. Med venlig hilsen Myndighed\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
        (
            "Afgørelse om handicapbil – orientering",
            "Sagsfremstilling\nAfgørelsen gengives: Kære Bent. Du har søgt om støtte til bil efter servicelovens § 114, og vi har bevilget støtten.\nIndstilling\n- at orienteringen tages til efterretning.\nBeslutning\nTaget til efterretning.",
        ),
    );
}

#[test]
fn a_level_given_to_all_citizens_by_an_adopted_amendment_is_flagged() {
    check(
        "spot.uniform_level",
        (
            "Kvalitetsstandard for praktisk hjælp 2024",
            "Sagsfremstilling\nKvalitetsstandarden for praktisk hjælp efter servicelovens § 83 skal godkendes årligt. Ældrerådet har afgivet høringssvar.\nIndstilling\n- at kvalitetsstandarden godkendes.\nBeslutning\nÆndringsforslag fra C: at rengøring fremover ydes hver femte uge til alle borgere.\nFor ændringsforslaget stemte C, V og O (15). Imod stemte A og F (12).\nÆndringsforslaget blev vedtaget.\nIndstillingen blev herefter godkendt med den vedtagne ændring.",
        ),
        (
            "Kvalitetsstandard for madservice 2024",
            "Sagsfremstilling\nMadservice leveres tre gange om ugen. Tilbuddet gælder for alle borgere over 65 år, der er visiteret efter servicelovens § 83. Ældrerådet har afgivet høringssvar.\nIndstilling\n- at kvalitetsstandarden godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_cap_in_a_standard_that_calls_its_levels_guides_is_not_flagged() {
    check(
        "spot.fixed_cap",
        (
            "Budgettilpasning på handicapområdet",
            "Sagsfremstilling\nOmrådet forventer et merforbrug.\nIndstilling\n- at budgetopfølgningen tages til efterretning.\nBeslutning\nBorgmesteren stillede forslag om, at bostøtte efter servicelovens § 85 maksimeres til 4 timer ugentligt pr. borger.\nForslaget blev godkendt med 15 stemmer for og 10 imod.",
        ),
        (
            "Kvalitetsstandard for socialpædagogisk støtte",
            "Sagsfremstilling\nStøtte efter servicelovens § 85 ydes som udgangspunkt højst tre timer om ugen. Niveauerne er vejledende; der foretages altid en konkret og individuel vurdering af borgerens behov. Handicaprådet har afgivet høringssvar.\nIndstilling\n- at kvalitetsstandarden godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_presumption_met_with_refusal_unless_a_document_is_flagged() {
    check(
        "spot.presumption_of_refusal",
        (
            "Serviceniveau for merudgifter",
            "Sagsfremstilling\nDet foreslås, at ansøgninger om merudgifter efter servicelovens § 100 til transport som hovedregel vil blive mødt med afslag, medmindre borgeren fremlægger en lægeerklæring. Handicaprådet har været hørt.\nIndstilling\n- at serviceniveauet godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Serviceniveau for hjælpemidler",
            "Sagsfremstilling\nHjælpemidler efter servicelovens § 112 bevilges efter en konkret og individuel vurdering af den enkelte borgers behov. Handicaprådet har været hørt.\nIndstilling\n- at serviceniveauet godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_guarantee_below_market_terms_is_flagged_and_one_at_market_terms_is_not() {
    check(
        "spot.single_company_support",
        (
            "Kommunegaranti til Havnens Værft ApS",
            "Sagsfremstilling\nHavnens Værft ApS har bedt kommunen garantere for et lån til en ny hal. Garantien giver selskabet en lavere rente end på markedsvilkår.\nIndstilling\n- at byrådet stiller kommunegaranti for et lån på 3 mio. kr. til Havnens Værft ApS.\nBeslutning\nGodkendt.",
        ),
        (
            "Kommunegaranti til Sønderby Fjernvarme A.m.b.A.",
            "Sagsfremstilling\nVærket søger kommunegaranti for et lån til en ny varmepumpe. Garantien stilles med hjemmel i lånebekendtgørelsen, og der opkræves garantiprovision på markedsvilkår.\nIndstilling\n- at garantien godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn closing_an_activity_house_for_disabled_adults_without_a_hearing_is_flagged() {
    check(
        "spot.no_council_hearing",
        (
            "Tilpasning af tilbud til voksne med handicap",
            "Sagsfremstilling\nAktivitetshuset for voksne med udviklingshandicap lukkes, og de 20 brugere tilbydes plads i et andet dagtilbud. Ændringen giver en besparelse på 1,4 mio. kr. årligt.\nIndstilling\n- at tilpasningen godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Sammenlægning af to bosteder",
            "Sagsfremstilling\nTo bosteder for voksne med udviklingshandicap lægges sammen på én adresse. Handicaprådet har afgivet høringssvar og bakker op.\nIndstilling\n- at sammenlægningen godkendes.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn the_council_empowering_a_committee_to_adopt_the_budget_is_flagged() {
    check(
        "spot.unlawful_delegation",
        (
            "Tidsplan for budget 2025",
            "Sagsfremstilling\nMødeplanen er presset, og det foreslås derfor, at byrådet bemyndiger Økonomiudvalget til at vedtage budget 2025 og skatteprocenten, hvis forhandlingerne trækker ud.\nIndstilling\n- at tidsplanen godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Optagelse af lån til skolebyggeri",
            "Sagsfremstilling\nByrådet optager et lån på 40 mio. kr. til skolebyggeriet.\nIndstilling\n- at lånet optages, og at byrådet bemyndiger Økonomiudvalget til at fastlægge de nærmere lånevilkår.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn a_disqualified_member_who_took_part_in_the_debate_is_flagged() {
    check(
        "spot.inhabil_took_part",
        (
            "Dispensation fra lokalplan for Skovvej 12",
            "Sagsfremstilling\nEjeren søger dispensation til en carport.\nIndstilling\n- at der meddeles dispensation.\nBeslutning\nMette Skov (C) oplyste, at hendes svoger ejer ejendommen. Byrådet fandt hende inhabil. Hun deltog i drøftelsen, men ikke i afstemningen.\nIndstillingen blev godkendt.",
        ),
        (
            "Dispensation fra lokalplan for Skovvej 14",
            "Sagsfremstilling\nEjeren søger dispensation til et udhus.\nIndstilling\n- at der meddeles dispensation.\nBeslutning\nPer Bach (A) oplyste, at han er nabo til ejendommen. Byrådet fandt ham inhabil, og han forlod mødet under punktets behandling.\nIndstillingen blev godkendt.",
        ),
    );
}

#[test]
fn a_refusal_sent_to_an_applicant_without_complaint_guidance_is_flagged() {
    check(
        "spot.no_complaint_guidance",
        (
            "Ansøgning fra Grundejerforeningen Bakkely om dispensation",
            "Sagsfremstilling\nForeningen ønsker at sætte et 2 meter højt hegn i strid med lokalplanen.\nIndstilling\n- at ansøgningen afslås.\nBeslutning\nAnsøgningen om dispensation afslås. Afgørelsen meddeles grundejerforeningen.",
        ),
        (
            "Ansøgning fra Grundejerforeningen Engly om dispensation",
            "Sagsfremstilling\nForeningen ønsker at sætte et 2 meter højt hegn i strid med lokalplanen.\nIndstilling\n- at ansøgningen afslås.\nBeslutning\nAnsøgningen om dispensation afslås. Afgørelsen meddeles grundejerforeningen med vejledning om klage til Planklagenævnet.",
        ),
    );
}

#[test]
fn a_parent_writing_about_a_named_child_with_a_diagnosis_is_flagged() {
    check(
        "spot.named_citizen_health",
        (
            "Henvendelse om skoletilbud",
            "Sagsfremstilling\nKaren Vestergaard har rettet henvendelse til byrådet om sin søn Emil på 9 år, der har autisme og venter på et specialskoletilbud.\nIndstilling\n- at borgmesteren besvarer henvendelsen.\nBeslutning\nGodkendt.",
        ),
        (
            "Henvendelse om skolevej",
            "Sagsfremstilling\nKaren Vestergaard har rettet henvendelse til byrådet om stien til skolen. Hun ønsker bedre belysning.\nIndstilling\n- at borgmesteren besvarer henvendelsen.\nBeslutning\nGodkendt.",
        ),
    );
}

#[test]
fn every_flag_names_the_rule_of_law_in_danish() {
    let laws = [
        "servicelov",
        "kommunestyrelseslov",
        "kommunalfuldmagt",
        "forvaltningslov",
        "udbudsbekendtgørelse",
        "persondataret",
        "retssikkerhedslov",
        "databeskyttelses",
        "planlov",
        "folkeskolelov",
    ];
    let rules = [Pack::SpotCheck, Pack::QualityStandards]
        .into_iter()
        .flat_map(|p| RulePack::new(p).unwrap().rules());
    for rule in rules {
        let r = rule.rationale.to_lowercase();
        assert!(
            laws.iter().any(|l| r.contains(l)),
            "{} names no rule of law: {}",
            rule.id,
            rule.rationale
        );
        let danish = [
            " og ", " ikke ", " en ", " at ", " der ", " skal ", " kan ", " må ",
        ];
        let english = [" the ", " and ", " of ", " must ", " may "];
        assert!(
            danish.iter().filter(|w| r.contains(*w)).count() >= 2
                && !english.iter().any(|w| r.contains(w)),
            "{} is not in Danish: {}",
            rule.id,
            rule.rationale
        );
    }
}

#[test]
fn a_limit_only_a_minority_wanted_is_not_flagged() {
    check(
        "spot.fixed_cap",
        (
            "Kvalitetsstandard for ledsageordning",
            "Sagsfremstilling\nLedsagelse efter servicelovens § 97 kan højst udgøre 10 timer om måneden. Handicaprådet har været hørt.\nIndstilling\n- at kvalitetsstandarden godkendes.\nBeslutning\nGodkendt.",
        ),
        (
            "Kvalitetsstandard for ledsagelse 2025",
            "Sagsfremstilling\nTimetallet fastsættes efter en konkret vurdering af den enkelte borgers behov. Handicaprådet har været hørt.\nBeslutning på mødet den 24.03.2025\nIndstillingen godkendt med 20 stemmer mod 5.\nMindretallet (O og Æ) ønskede følgende ført til protokols: Vi mener, at ledsagelse bør fastsættes til højst 8 timer om måneden. Vi stemmer derfor imod.",
        ),
    );
}

#[test]
fn a_committee_recommendation_the_council_set_aside_is_not_flagged() {
    check(
        "spot.unlawful_delegation",
        (
            "Årsregnskab 2023 – godkendelse",
            "Sagsfremstilling\nÅrsregnskabet viser et overskud.\nIndstilling\n- at Økonomiudvalget bemyndiges til at godkende årsregnskabet endeligt.\nBeslutning\nGodkendt.",
        ),
        (
            "Årsregnskab 2024 – godkendelse",
            "Beslutning i Økonomiudvalget den 9. februar 2025\nØkonomiudvalget anbefalede, at udvalget bemyndiges til at godkende årsregnskabet endeligt.\nSagsfremstilling\nÅrsregnskabet viser et overskud.\nBeslutning på mødet den 24.03.2025\nByrådet godkendte selv årsregnskabet for 2024. Økonomiudvalgets anbefaling om bemyndigelse blev ikke fulgt.",
        ),
    );
}
