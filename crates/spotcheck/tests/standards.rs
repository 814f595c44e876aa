//! The quality-standards pack on realistic standards (kvalitetsstandarder), each class with a
//! lawful near miss beside it.

use tilsyn_spotcheck::{Pack, RulePack};

fn rules_on(text: &str) -> Vec<String> {
    let pack = RulePack::new(Pack::QualityStandards).unwrap();
    pack.check(&[text], &[])
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

/// A standard with everything a standard needs, and `body` as its description of the help.
fn standard(body: &str) -> String {
    format!(
        "Kvalitetsstandard for praktisk hjælp 2024\nLovgrundlag\nServicelovens § 83.\nHvad indgår i ydelsen\n{body}\nSagsbehandlingsfrist\nAfgørelse træffes inden for 4 uger.\nKlagevejledning\nDu kan klage over afgørelsen til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen, som genvurderer sagen.\n"
    )
}

#[test]
fn a_cap_in_words_is_flagged_and_a_guiding_level_is_not() {
    let capped = rules_on(&standard(
        "Rengøring af bolig ydes højst hver tredje uge. Der kan maksimalt bevilges en time og tredive minutter pr. gang.",
    ));
    assert!(capped.contains(&"qs.fixed_cap".to_string()), "{capped:?}");
    let guiding = rules_on(&standard(
        "Som vejledende udgangspunkt ydes rengøring hver 14. dag. Der foretages altid en konkret og individuel vurdering af behovet, og der kan bevilges mere hjælp, hvis behovet tilsiger det.",
    ));
    assert!(guiding.is_empty(), "{guiding:?}");
}

#[test]
fn a_presumption_of_refusal_is_flagged_and_a_rule_with_room_for_exceptions_is_not() {
    let presumed = rules_on(&standard(
        "Hovedreglen er, at ansøgninger om hjælp til vinduespudsning afslås.",
    ));
    assert!(
        presumed.contains(&"qs.presumption_of_refusal".to_string()),
        "{presumed:?}"
    );
    let open = rules_on(&standard(
        "Hovedreglen er, at vinduespudsning ikke indgår i hjælpen, men der foretages altid en konkret og individuel vurdering af den enkelte borgers behov.",
    ));
    assert!(open.is_empty(), "{open:?}");
}

#[test]
fn complaint_guidance_to_a_committee_is_flagged_and_to_ankestyrelsen_is_not() {
    let text = "Kvalitetsstandard for hjælpemidler 2024\nSagsbehandlingsfrist\nAfgørelse træffes inden for 6 uger.\nKlagevejledning\nDu kan klage over afgørelsen til Social- og Sundhedsudvalget inden 14 dage.\n";
    let wrong = rules_on(text);
    assert!(
        wrong.contains(&"qs.wrong_complaint_guidance".to_string()),
        "{wrong:?}"
    );
    let right = rules_on(&standard("Rengøring ydes efter en konkret vurdering."));
    assert!(right.is_empty(), "{right:?}");
}
