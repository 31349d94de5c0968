package org.compactregister.service;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.Sector;

/**
 * Fictional signatories for trying the register out and for tests and benchmarks: invented
 * organisations and people at invented streets in Leicestershire towns, phone numbers from
 * Ofcom's ranges kept for drama (0116 496 0xxx, 07700 900xxx) and email addresses at
 * {@code example.org}. The same seed gives the same register.
 */
public final class SampleSignatories {

    private static final String[] PLACES = {"Brambleford", "Kingsmere", "Oakwell", "Thornby", "Ashcombe",
        "Willowbrook", "Fernley", "Hollin Vale", "Larkhill", "Meadowcroft", "Stonebridge", "Elmsworth",
        "Coppice Green", "Marlow End", "Foxholes", "Harcourt Fields", "Beechmoor", "Swanwick Lea",
        "Redgate", "Northcliffe", "Millbrook", "Orchard Rise", "Kestrel Park", "Greyfriars Row"};
    private static final String[] VCS_KINDS = {"Community Association", "Carers' Support Group", "Youth Club",
        "Food Share", "Allotment Society", "Befriending Scheme", "Arts Collective", "Tenants' Association",
        "Sports Club", "Mental Health Forum", "Men's Shed", "Refugee Welcome", "Dementia Café", "Women's Network",
        "Playgroup", "Heritage Trust", "Good Neighbours", "Disability Forum", "Reading Circle", "Walking Group"};
    private static final String[] SOCIAL_KINDS = {"Community Interest Company", "Bike Workshop CIC",
        "Repair Café CIC", "Community Bakery", "Furniture Reuse Project", "Community Energy Co-operative"};
    private static final String[] PUBLIC_BODIES = {"Borough Council", "Parish Council", "District Council",
        "Health Partnership", "Fire and Rescue Service Station", "Community Health Services Team",
        "Housing Partnership", "Library Service"};
    private static final String[] PRIVATE_KINDS = {"Building Society Branch", "Printers Ltd", "Solicitors LLP",
        "Employee Volunteering Scheme"};
    /** Towns, each with the start of its postcodes. */
    private static final String[][] TOWNS = {{"Leicester", "LE1"}, {"Leicester", "LE2"}, {"Leicester", "LE3"},
        {"Leicester", "LE4"}, {"Leicester", "LE5"}, {"Loughborough", "LE11"}, {"Hinckley", "LE10"},
        {"Melton Mowbray", "LE13"}, {"Market Harborough", "LE16"}, {"Coalville", "LE67"}, {"Lutterworth", "LE17"},
        {"Oadby", "LE2"}, {"Wigston", "LE18"}, {"Ashby-de-la-Zouch", "LE65"}};
    private static final String[] STREETS = {"Chapel Lane", "Mill Street", "Orchard Way", "Station Road",
        "Victoria Terrace", "Church Walk", "Brook Close", "Hawthorn Avenue", "Granby Row", "Tanners Yard",
        "Cherry Tree Court", "Wharf Street North", "Spinney Hill Mews", "Canal Side"};
    private static final String[] BUILDINGS = {"", "", "", "The Old School House", "Unit 4, Riverside Studios",
        "Community Hall", "First Floor, Albion Chambers", "St Margaret's Centre"};
    private static final String[] FIRST = {"Amelia", "Rajesh", "Zofia", "Siobhán", "Oluwaseun", "Ayşe", "Priya",
        "Dmitri", "Nguyễn", "Gráinne", "Mohammed", "Ioana", "Thomas", "Beatriz", "Harpreet", "Eleni", "Kwame",
        "Margaret", "Chidi", "Hannah", "Jagdish", "Łucja", "Patrick", "Fatima", "Owen", "Sunita", "Wojciech"};
    private static final String[] LAST = {"Whitfield", "Mistry", "Nowak", "Ó Briain", "Adeyemi", "Yılmaz", "Patel",
        "Ivanov", "Thị Lan", "Ní Mhurchú", "Hussain", "Popescu", "Brennan", "Carvalho", "Sandhu", "Papadopoulou",
        "Mensah", "Greenwood", "Okafor", "Lindqvist", "Chauhan", "Wiśniewska", "Fairbairn", "Begum", "Llewellyn"};

    private final Random random;
    private final LocalDate today;

    public SampleSignatories(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** {@code count} fictional forms with different organisation names. */
    public List<CommitmentForm> forms(int count) {
        List<CommitmentForm> forms = new ArrayList<>(count);
        Set<String> keys = new HashSet<>();
        while (forms.size() < count) {
            CommitmentForm form = next(forms.size());
            String organisation = form.organisation();
            if (!keys.add(OrganisationName.matchKey(organisation))) {
                organisation = form.organisation() + " (" + form.address().town() + ")";
                for (int branch = 2; !keys.add(OrganisationName.matchKey(organisation)); branch++) {
                    organisation = form.organisation() + " (" + form.address().town() + " " + branch + ")";
                }
            }
            forms.add(withOrganisation(form, organisation));
        }
        return forms;
    }

    private CommitmentForm next(int index) {
        Sector sector = pickSector();
        String[] townAndPostcode = TOWNS[random.nextInt(TOWNS.length)];
        String town = townAndPostcode[0];
        String place = pick(PLACES);
        String organisation = switch (sector) {
            case VOLUNTARY_AND_COMMUNITY -> place + " " + pick(VCS_KINDS);
            case SOCIAL_ENTERPRISE -> place + " " + pick(SOCIAL_KINDS);
            case PUBLIC_SECTOR_PARTNER -> place + " " + pick(PUBLIC_BODIES);
            case PRIVATE_SECTOR -> place + " " + pick(PRIVATE_KINDS);
        };
        String first = pick(FIRST);
        String last = pick(LAST);
        LocalDate signed = today.minusDays(random.nextInt(365 * 8) + 1L);
        LocalDate received = signed.plusDays(random.nextInt(21));
        if (received.isAfter(today)) {
            received = today;
        }
        String postcode = townAndPostcode[1] + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        postcode = postcode.replace('I', 'J').replace('O', 'P').replace('V', 'W');
        String building = pick(BUILDINGS);
        String street = (random.nextInt(180) + 1) + " " + pick(STREETS);
        Address address = building.isEmpty()
                ? new Address(street, "", town, postcode)
                : new Address(building, street, town, postcode);
        String phone = random.nextInt(4) == 0
                ? String.format("07700 900%03d", random.nextInt(1000))
                : String.format("0116 496 0%03d", random.nextInt(1000));
        String slug = place.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        String email = random.nextInt(10) == 0 ? ""
                : ascii(first).toLowerCase(Locale.ROOT) + "@" + slug + "-" + (index % 97) + ".example.org";
        HowReceived how = HowReceived.values()[random.nextInt(HowReceived.values().length)];
        return new CommitmentForm(first + " " + last, signed, organisation, address, phone, email, sector,
                received, how, "");
    }

    private static CommitmentForm withOrganisation(CommitmentForm form, String organisation) {
        return new CommitmentForm(form.signatoryName(), form.dateSigned(), organisation, form.address(),
                form.telephone(), form.email(), form.sector(), form.dateReceived(), form.howReceived(), form.notes());
    }

    private Sector pickSector() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return Sector.VOLUNTARY_AND_COMMUNITY;
        }
        if (roll < 82) {
            return Sector.SOCIAL_ENTERPRISE;
        }
        if (roll < 95) {
            return Sector.PUBLIC_SECTOR_PARTNER;
        }
        return Sector.PRIVATE_SECTOR;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replace("ł", "l").replace("Ł", "L").replaceAll("[^A-Za-z]", "");
    }
}
