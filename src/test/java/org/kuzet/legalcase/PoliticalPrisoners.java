package org.kuzet.legalcase;

import static java.time.Period.ofMonths;
import static java.time.Period.ofYears;
import static org.kuzet.legalcase.CaseRecord.around;
import static org.kuzet.legalcase.CaseRecord.caseAgainst;
import static org.kuzet.legalcase.CaseRecord.day;
import static org.kuzet.legalcase.CaseRecord.month;
import static org.kuzet.legalcase.CaseRecord.year;
import static org.kuzet.legalcase.SentenceComponent.activityBan;
import static org.kuzet.legalcase.SentenceComponent.fine;
import static org.kuzet.legalcase.SentenceComponent.imprisonment;
import static org.kuzet.legalcase.SentenceComponent.restrictionOfFreedom;
import static org.kuzet.legalcase.SentenceComponent.socialMediaBan;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: the records of real people, written down from the reports in the shared corpus and from nothing else.
 * Where a report gives no date, the estimate is approximate and says why.
 */
final class PoliticalPrisoners {

    private PoliticalPrisoners() {
    }

    /**
     * IPHR/KIBHR briefing, Nov 2020, "Freedom of association": "sentenced in January 2020 to one year of restriction of
     * freedom for allegedly participating in DVK activities. On 5 June 2020, he was arrested before the demonstrations
     * planned for 6 June, and a court changed his sentence of restriction of freedom to one of imprisonment." The
     * report gives the arrest day, not the court's: the conversion is dated around the arrest.
     */
    static List<Stage> askarIbrayev() {
        return caseAgainst("askar-ibrayev", "ibrayev-2020")
                .sentenced(month(2020, 1), restrictionOfFreedom(ofYears(1)))
                .detained(day(2020, 6, 5))
                .sentenceConverted(around(2020, 6, 5))
                .stages();
    }

    /**
     * Same report: "In December 2019, Idryshev was sentenced to one year of restriction of freedom with a ban on use of
     * social media and societal and political activities for three years … Idryshev then participated in a video-flash
     * mob protest following the death of activist Dulat Agadil [25 February 2020] … Idryshev's sentence was then changed
     * to one of imprisonment." No date: estimated around 1 June 2020 ("the same happened" as to Ibrayev, in June).
     */
    static List<Stage> serikIdryshev() {
        return caseAgainst("serik-idryshev", "idryshev-2019")
                .sentenced(month(2019, 12), restrictionOfFreedom(ofYears(1)), socialMediaBan(ofYears(3)),
                        activityBan(ofYears(3)))
                .sentenceConverted(around(2020, 6, 1))
                .stages();
    }

    /**
     * Same report, "Forced detention in psychiatric institution": "In mid-September 2020, police searched the home and
     * detained political activist and blogger Aigul Utepova in Shymkent. She was informed that a criminal case under
     * Article 405 … had been opened against her … On 23 November, Utepova was forcibly admitted to a psychiatric
     * institution."
     */
    static List<Stage> aigulUtepova() {
        return caseAgainst("aigul-utepova", "utepova-2020")
                .openedAgainstThem(around(2020, 9, 15))
                .searched(around(2020, 9, 15))
                .detained(around(2020, 9, 15))
                .placedInPsychiatricInstitution(day(2020, 11, 23))
                .stages();
    }

    /**
     * Same report, "Developments concerning political prisoners": "On 3 March 2020, the Second City Court of Semey
     * granted parole to opposition associate Mukhtar Dzhakishev after he had spent nearly 11 years behind bars since his
     * arrest in May 2009. Dzhakishev was originally sentenced on corruption charges." The report gives neither the
     * verdict's date nor the sentence nor any measure of restraint, so the record has the arrest and the parole only.
     */
    static List<Stage> mukhtarDzhakishev() {
        return caseAgainst("mukhtar-dzhakishev", "dzhakishev-2009")
                .detained(month(2009, 5))
                .releasedOnParole(day(2020, 3, 3))
                .stages();
    }

    /**
     * Same report, "Developments concerning political prisoners", "Asset Abishev": "He was detained on 7 July 2018 and
     * subsequently sentenced to four years' imprisonment after having been found guilty under Articles 266 and 405 of
     * the Criminal Code … He is being held in colony LA 155/14 (Almaty region). On 5 June 2020, he was denied early
     * release after prison officials allegedly planted a mobile phone on him to provide grounds to accuse him of
     * violating prison rules and deny his parole request." The verdict is not dated, so the record does not give it.
     */
    static List<Stage> assetAbishev() {
        return caseAgainst("asset-abishev", "asset-abishev-2018")
                .detained(day(2018, 7, 7))
                .paroleDenied(day(2020, 6, 5))
                .stages();
    }

    /**
     * Same section: "The authorities released business person Iskander Yerimbetov on 30 December 2019 due to serious
     * health problems. Yerimbetov was imprisoned in 2017 and sentenced to seven years in 2018."
     */
    static List<Stage> iskanderYerimbetov() {
        return caseAgainst("iskander-yerimbetov", "yerimbetov-2017")
                .detained(year(2017))
                .placedInPreTrialDetention(year(2017))
                .sentenced(year(2018), imprisonment(ofYears(7)))
                .released(day(2019, 12, 30), ReleaseReason.HEALTH)
                .stages();
    }

    /**
     * Same section: "sentenced to seven years in prison on charges of 'propagating terrorism' … in October 2018 … In
     * April 2020 … Abishev applied for his prison sentence to be changed to restriction of freedom. The court granted the
     * request but the prosecutor's office appealed against this decision, and he remains in penal colony LA 155/14."
     * Open Dialog, April 2018: "Since November 2017, DCK activist Almat Zhumagulov and Kenzhebek Abishev have been held
     * in detention".
     */
    static List<Stage> kenzhebekAbishev() {
        return kenzhebekAbishevUntilTheProsecutorsAppeal().stages();
    }

    static CaseRecord kenzhebekAbishevUntilTheProsecutorsAppeal() {
        return caseAgainst("kenzhebek-abishev", "abishev-2017")
                .placedInPreTrialDetention(month(2017, 11))
                .sentenced(month(2018, 10), imprisonment(ofYears(7)))
                .sentenceConverted(month(2020, 4))
                .appeal(month(2020, 4), AppealOutcome.PENDING);
    }

    /**
     * Open Dialog, April 2018, and the bundle format's example: "Akmaral Tobylova who was detained on 13 March 2018 …
     * Because she was pregnant, the court only placed Akmaral Tobylova under house arrest" (for two months, from around
     * 15 March).
     */
    static List<Stage> akmaralTobylova() {
        return caseAgainst("akmaral-tobylova", "tobylova-2018")
                .opened(day(2018, 3, 13))
                .detained(day(2018, 3, 13))
                .placedUnderHouseArrestFor(around(2018, 3, 15), ofMonths(2))
                .stages();
    }

    /**
     * IPHR/KIBHR briefing, "The prosecution of Asya Tulesova": "detained twice by police officers during a protest on
     * 6 June 2020. On 8 June, Tulesova was detained again – this time as a suspect in a criminal case … On 12 August …
     * sentenced her to a 1.5-year sentence of restriction of liberty and a fine of 55 560 KZT (110 EUR). She was released
     * immediately from the courthouse." The pre-trial detention order is not dated: a court must order it within the
     * 72 hours, so around 10 June.
     */
    static List<Stage> asyaTulesova() {
        List<Stage> stages = new ArrayList<>(caseAgainst("asya-tulesova", "tulesova-protest-2020")
                .detainedFor(day(2020, 6, 6), Period.ofDays(1))
                .stages());
        stages.addAll(caseAgainst("asya-tulesova", "tulesova-2020")
                .detained(day(2020, 6, 8))
                .placedInPreTrialDetention(around(2020, 6, 10))
                .sentenced(day(2020, 8, 12), restrictionOfFreedom(Period.of(1, 6, 0)), fine("55560", "KZT"))
                .released(day(2020, 8, 12), ReleaseReason.COURT_DECISION)
                .stages());
        return stages;
    }

    /**
     * IPHR/KIBHR briefing, "Max Bokayev": "On 28 November 2016, Bokayev was sentenced to five years' imprisonment and
     * banned from engaging in public activities for three years upon release."
     */
    static List<Stage> maxBokayev() {
        return caseAgainst("max-bokayev", "bokayev-2016")
                .sentenced(day(2016, 11, 28), imprisonment(ofYears(5)), activityBan(ofYears(3)))
                .stages();
    }

    /**
     * IPHR/KIBHR briefing, "Aron Atabek": "He was imprisoned on 17 July 2006, following the Shanyrak-events in Almaty.
     * On 5 October 2007, he was sentenced to 18 years' imprisonment".
     */
    static List<Stage> aronAtabek() {
        return caseAgainst("aron-atabek", "atabek-2006")
                .detained(day(2006, 7, 17))
                .placedInPreTrialDetention(day(2006, 7, 17))
                .sentenced(day(2007, 10, 5), imprisonment(ofYears(18)))
                .stages();
    }
}
