#include "LeadGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace {

using LeadGen::ItaSource;
using LeadGen::itaSourceCode;
using LeadGen::WriteResult;

// ---------------------------------------------------------------------------------------
// Randomness: splitmix64, seeded per record so that record i never depends on record i-1.
// ---------------------------------------------------------------------------------------

constexpr quint64 kGolden = 0x9e3779b97f4a7c15ULL;

quint64 mix64(quint64 z)
{
    z += kGolden;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

enum Salt : quint64 {
    SaltSam = 0x53414d2d6e6f7469ULL,
    SaltSamText = 0x53414d2d74657874ULL,
    SaltSamCsv = 0x53414d2d63737621ULL,
    SaltIta = 0x4954412d6c656164ULL,
};

quint64 recordSeed(quint64 seed, Salt salt, qint64 index)
{
    return mix64(mix64(seed ^ salt) + quint64(index) * kGolden);
}

class Rng final
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        m_state += kGolden;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Modulo bias is below 1e-15 for the small ranges used here.
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 range(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template <typename C>
    const auto& pick(const C& items)
    {
        return items[size_t(below(qint64(std::size(items))))];
    }

private:
    quint64 m_state;
};

template <typename T>
const T& pickWeighted(Rng& rng, const std::vector<T>& items)
{
    int total = 0;
    for (const T& item : items)
        total += item.weight;
    int r = int(rng.below(total));
    for (const T& item : items) {
        if (r < item.weight)
            return item;
        r -= item.weight;
    }
    return items.back();
}

QByteArray hexId(Rng& rng, int digits)
{
    static const char hexDigits[] = "0123456789abcdef";
    QByteArray out(digits, Qt::Uninitialized);
    quint64 bits = 0;
    for (int i = 0; i < digits; ++i) {
        if (i % 16 == 0)
            bits = rng.next();
        out[i] = hexDigits[bits & 0xf];
        bits >>= 4;
    }
    return out;
}

QByteArray uuid(Rng& rng)
{
    const QByteArray h = hexId(rng, 32);
    return h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12);
}

QByteArray digits(Rng& rng, int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        out[i] = char('0' + rng.below(10));
    return out;
}

// ---------------------------------------------------------------------------------------
// Dates and times. Only the forms the app's date shifter rewrites appear: YYYY-MM-DD...
// and MM/dd/yyyy.
// ---------------------------------------------------------------------------------------

void appendPadded(QByteArray& out, int value, int width)
{
    char buffer[12];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 11);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += buffer[--n];
}

QByteArray ymd(QDate d)
{
    QByteArray out;
    out.reserve(10);
    appendPadded(out, d.year(), 4);
    out += '-';
    appendPadded(out, d.month(), 2);
    out += '-';
    appendPadded(out, d.day(), 2);
    return out;
}

QByteArray mdy(QDate d)
{
    QByteArray out;
    out.reserve(10);
    appendPadded(out, d.month(), 2);
    out += '/';
    appendPadded(out, d.day(), 2);
    out += '/';
    appendPadded(out, d.year(), 4);
    return out;
}

void appendTime(QByteArray& out, int secs)
{
    appendPadded(out, secs / 3600, 2);
    out += ':';
    appendPadded(out, secs / 60 % 60, 2);
    out += ':';
    appendPadded(out, secs % 60, 2);
}

// A moment as a date and seconds into that day.
struct Stamp
{
    QDate date;
    int secs = 0;
};

Stamp shifted(Stamp s, int minutes)
{
    int secs = s.secs + minutes * 60;
    QDate d = s.date;
    while (secs < 0) {
        secs += 86400;
        d = d.addDays(-1);
    }
    while (secs >= 86400) {
        secs -= 86400;
        d = d.addDays(1);
    }
    return { d, secs };
}

enum class Zone { Eastern, Central, Mountain, Arizona, Pacific, Alaska, Hawaii, Atlantic };

bool usDaylightSaving(QDate d)
{
    const int y = d.year();
    const QDate march(y, 3, 1);
    const QDate start(y, 3, 1 + (7 - march.dayOfWeek()) % 7 + 7); // second Sunday of March
    const QDate november(y, 11, 1);
    const QDate end(y, 11, 1 + (7 - november.dayOfWeek()) % 7); // first Sunday of November
    return d >= start && d < end;
}

int utcOffsetMinutes(Zone zone, QDate d)
{
    const int dst = usDaylightSaving(d) ? 60 : 0;
    switch (zone) {
    case Zone::Eastern:
        return -300 + dst;
    case Zone::Central:
        return -360 + dst;
    case Zone::Mountain:
        return -420 + dst;
    case Zone::Arizona:
        return -420;
    case Zone::Pacific:
        return -480 + dst;
    case Zone::Alaska:
        return -540 + dst;
    case Zone::Hawaii:
        return -600;
    case Zone::Atlantic:
        return -240;
    }
    return 0;
}

void appendOffset(QByteArray& out, int minutes, bool withMinutes)
{
    out += minutes < 0 ? '-' : '+';
    const int m = minutes < 0 ? -minutes : minutes;
    appendPadded(out, m / 60, 2);
    if (withMinutes) {
        out += ':';
        appendPadded(out, m % 60, 2);
    }
}

// "2018-05-09 23:45:22+00" (the API's postedDate, UTC)
QByteArray samPostedText(Stamp utc)
{
    QByteArray out = ymd(utc.date);
    out += ' ';
    appendTime(out, utc.secs);
    out += "+00";
    return out;
}

// "2018-05-07T20:00:00-05:00"
QByteArray isoLocalText(Stamp local, int offsetMinutes)
{
    QByteArray out = ymd(local.date);
    out += 'T';
    appendTime(out, local.secs);
    appendOffset(out, offsetMinutes, true);
    return out;
}

// "2026-04-25 22:22:47.454-04" (the bulk CSV's favourite)
QByteArray csvLocalText(Stamp local, int millis, int offsetMinutes)
{
    QByteArray out = ymd(local.date);
    out += ' ';
    appendTime(out, local.secs);
    out += '.';
    appendPadded(out, millis, 3);
    appendOffset(out, offsetMinutes, offsetMinutes % 60 != 0);
    return out;
}

// Deadline uniform in [anchor-60, anchor+120]; posted within the 150 days before the
// anchor and 3 to 180 days before the deadline (that window is never empty).
void drawWindow(Rng& rng, QDate anchor, QDate& posted, QDate& deadline)
{
    deadline = anchor.addDays(rng.range(-60, 120));
    const qint64 earliest = std::max<qint64>(anchor.toJulianDay() - 150, deadline.toJulianDay() - 180);
    const qint64 latest = std::min<qint64>(anchor.toJulianDay() - 1, deadline.toJulianDay() - 3);
    posted = QDate::fromJulianDay(rng.range(earliest, latest));
}

QByteArray money(qint64 cents)
{
    QByteArray out = QByteArray::number(cents / 100);
    out += '.';
    appendPadded(out, int(cents % 100), 2);
    return out;
}

QByteArray withThousands(qint64 value)
{
    QByteArray plain = QByteArray::number(value);
    QByteArray out;
    for (int i = 0; i < plain.size(); ++i) {
        if (i > 0 && (plain.size() - i) % 3 == 0)
            out += ',';
        out += plain[i];
    }
    return out;
}

// An award amount in cents, spread over four decades from $2,500 to $25,000,000: integer
// arithmetic only, so every platform draws the same cents.
qint64 awardAmountCents(Rng& rng)
{
    qint64 low = 250000; // $2,500.00
    for (qint64 decade = rng.below(4); decade > 0; --decade)
        low *= 10;
    return rng.range(low, low * 10 - 1);
}

// ---------------------------------------------------------------------------------------
// Minimal streaming JSON: keys in the order the services send them, UTF-8 kept as is.
// ---------------------------------------------------------------------------------------

void appendJsonString(QByteArray& out, QByteArrayView v)
{
    static const char hexDigits[] = "0123456789abcdef";
    out += '"';
    for (const char c : v) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hexDigits[(c >> 4) & 0xf];
                out += hexDigits[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

class JsonOut final
{
public:
    explicit JsonOut(QByteArray& out)
        : m_out(out)
    {
    }

    JsonOut& beginObject() { return open('{'); }
    JsonOut& endObject() { return close('}'); }
    JsonOut& beginArray() { return open('['); }
    JsonOut& endArray() { return close(']'); }

    JsonOut& key(const char* name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\":";
        m_afterKey = true;
        return *this;
    }
    JsonOut& str(QByteArrayView v)
    {
        beforeValue();
        appendJsonString(m_out, v);
        return *this;
    }
    JsonOut& null()
    {
        beforeValue();
        m_out += "null";
        return *this;
    }
    JsonOut& number(qint64 v)
    {
        beforeValue();
        m_out += QByteArray::number(v);
        return *this;
    }
    JsonOut& rawValue(QByteArrayView v)
    {
        beforeValue();
        m_out += v;
        return *this;
    }
    // A string field that may be missing: JSON null, or the literal "null" as the SAM docs show.
    JsonOut& optional(const char* name, const QByteArray& v, bool literalNull = false)
    {
        key(name);
        if (!v.isNull())
            return str(v);
        return literalNull ? str("null") : null();
    }
    JsonOut& field(const char* name, QByteArrayView v) { return key(name).str(v); }

private:
    JsonOut& open(char c)
    {
        beforeValue();
        m_out += c;
        m_first.push_back(true);
        return *this;
    }
    JsonOut& close(char c)
    {
        m_out += c;
        m_first.pop_back();
        return *this;
    }
    void separate()
    {
        if (m_first.empty())
            return;
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
    void beforeValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else
            separate();
    }

    QByteArray& m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

// ---------------------------------------------------------------------------------------
// CSV (RFC 4180): quote a field when it holds a comma, a quote or a line break.
// ---------------------------------------------------------------------------------------

void appendCsvField(QByteArray& out, QByteArrayView v)
{
    bool quote = false;
    for (const char c : v) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += v;
        return;
    }
    out += '"';
    for (const char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// ---------------------------------------------------------------------------------------
// Reference data: real agencies, NAICS and PSC codes, places.
// ---------------------------------------------------------------------------------------

enum Category {
    Construction,
    InformationTechnology,
    Parts,
    Medical,
    FacilityServices,
    Professional,
    Research,
    Logistics,
    Forestry,
    Food,
    Security,
    CategoryCount
};

struct Naics
{
    const char* code;
    const char* title;
    const char* sizeStandard;
};

struct Psc
{
    const char* code;
    const char* title;
};

struct CategoryData
{
    std::vector<Naics> naics;
    std::vector<Psc> psc;
    std::vector<const char*> nouns;
};

const std::array<CategoryData, CategoryCount>& categories()
{
    static const std::array<CategoryData, CategoryCount> data = { {
        // Construction
        { { { "236220", "Commercial and Institutional Building Construction", "$45.0 million" },
              { "237310", "Highway, Street, and Bridge Construction", "$45.0 million" },
              { "238220", "Plumbing, Heating, and Air-Conditioning Contractors", "$19.0 million" },
              { "238210", "Electrical Contractors and Other Wiring Installation Contractors", "$19.0 million" },
              { "238160", "Roofing Contractors", "$19.0 million" },
              { "237990", "Other Heavy and Civil Engineering Construction", "$45.0 million" } },
            { { "Z2AA", "Repair or Alteration of Office Buildings" },
                { "Z2JZ", "Repair or Alteration of Miscellaneous Buildings" },
                { "Y1JZ", "Construction of Miscellaneous Buildings" },
                { "Z2LB", "Repair or Alteration of Highways/Roads/Streets/Bridges/Railways" },
                { "Z1DA", "Maintenance of Hospitals and Infirmaries" },
                { "Y1AA", "Construction of Office Buildings" } },
            { "Roof Replacement", "HVAC System Replacement", "Parking Lot Resurfacing", "Courtroom Lighting Project",
                "Renovate Barracks Building", "Repair Runway Lighting", "Fire Suppression System Upgrade",
                "Boiler Plant Modernization", "Façade Repairs", "ADA Restroom Renovation",
                "Replace Water Distribution Lines", "Bridge Deck Rehabilitation",
                "Construct Vehicle Maintenance Facility", "Elevator Modernization",
                "Design-Build Child Development Center", "MATOC for Minor Construction" } },
        // Information technology
        { { { "541512", "Computer Systems Design Services", "$34.0 million" },
              { "541511", "Custom Computer Programming Services", "$34.0 million" },
              { "541519", "Other Computer Related Services", "$34.0 million" },
              { "518210", "Computing Infrastructure Providers, Data Processing, Web Hosting, and Related Services",
                  "$40.0 million" },
              { "334111", "Electronic Computer Manufacturing", "1,250 employees" } },
            { { "DA01", "IT and Telecom - Business Application/Application Development Support Services (Labor)" },
                { "DJ01", "IT and Telecom - Security and Compliance Support Services (Labor)" },
                { "DH10", "IT and Telecom - Platform as a Service" },
                { "DF01", "IT and Telecom - IT Management Support Services (Labor)" },
                { "7A21", "IT and Telecom - Business Application Software (Perpetual License Software)" },
                { "DB10", "IT and Telecom - High Performance Compute" } },
            { "Enterprise Software Licenses", "Cloud Hosting Services", "Tier 2 Help Desk Support",
                "Cybersecurity Assessment and Authorization", "Network Modernization", "Data Analytics Platform",
                "Electronic Health Record Interfaces", "Zero Trust Architecture Support", "Ruggedized Laptops",
                "Geospatial Information System Support", "Identity, Credential, and Access Management",
                "Legacy Application Migration", "Video Teleconferencing Equipment",
                "ServiceNow Licenses and Support" } },
        // Parts (DLA style titles are built separately)
        { { { "336413", "Other Aircraft Parts and Auxiliary Equipment Manufacturing", "1,250 employees" },
              { "336350", "Motor Vehicle Transmission and Power Train Parts Manufacturing", "1,500 employees" },
              { "334419", "Other Electronic Component Manufacturing", "750 employees" },
              { "332710", "Machine Shops", "500 employees" },
              { "332911", "Industrial Valve Manufacturing", "750 employees" },
              { "336611", "Ship Building and Repairing", "1,300 employees" } },
            { { "1560", "Airframe Structural Components" }, { "2520", "Vehicular Power Transmission Components" },
                { "5962", "Microcircuits, Electronic" }, { "4820", "Valves, Nonpowered" },
                { "3110", "Bearings, Antifriction, Unmounted" }, { "5330", "Packing and Gasket Materials" },
                { "5306", "Bolts" }, { "2840", "Gas Turbines and Jet Engines, Aircraft, Prime Moving; and Components" },
                { "5998", "Electrical and Electronic Assemblies, Boards, Cards, and Associated Hardware" } },
            {} },
        // Medical
        { { { "339112", "Surgical and Medical Instrument Manufacturing", "1,000 employees" },
              { "325412", "Pharmaceutical Preparation Manufacturing", "1,300 employees" },
              { "423450", "Medical, Dental, and Hospital Equipment and Supplies Merchant Wholesalers",
                  "200 employees" },
              { "621111", "Offices of Physicians (except Mental Health Specialists)", "$16.0 million" },
              { "621511", "Medical Laboratories", "$41.5 million" },
              { "334510", "Electromedical and Electrotherapeutic Apparatus Manufacturing", "1,250 employees" } },
            { { "6515", "Medical and Surgical Instruments, Equipment, and Supplies" },
                { "6505", "Drugs and Biologicals" },
                { "6525", "Imaging Equipment and Supplies: Medical, Dental, Veterinary" },
                { "6530", "Hospital Furniture, Equipment, Utensils, and Supplies" },
                { "Q201", "Medical- General Health Care" }, { "Q301", "Medical- Laboratory Testing" },
                { "J065",
                    "Maint/Repair/Rebuild of Equipment- Medical, Dental, and Veterinary Equipment and Supplies" } },
            { "Ultrasound System", "Portable X-Ray Units", "Pharmacy Automation System", "Dental Supplies BPA",
                "Locum Tenens Physician Services", "Sleep Study Services", "Reference Laboratory Testing",
                "Hospital Beds and Mattresses", "Infusion Pumps", "MRI Preventive Maintenance", "Telehealth Carts",
                "Sterile Processing Equipment", "Optometry Equipment", "Audiology Services",
                "Cardiac Monitoring Services" } },
        // Facility services
        { { { "561720", "Janitorial Services", "$22.0 million" },
              { "561612", "Security Guards and Patrol Services", "$29.0 million" },
              { "561210", "Facilities Support Services", "$47.0 million" },
              { "811310",
                  "Commercial and Industrial Machinery and Equipment (except Automotive and Electronic) Repair and "
                  "Maintenance",
                  "$12.5 million" },
              { "561730", "Landscaping Services", "$9.5 million" },
              { "562111", "Solid Waste Collection", "$47.0 million" } },
            { { "S201", "Housekeeping- Custodial Janitorial" }, { "S206", "Housekeeping- Guard" },
                { "S208", "Housekeeping- Landscaping/Groundskeeping" },
                { "S205", "Housekeeping- Trash/Garbage Collection" },
                { "J041",
                    "Maint/Repair/Rebuild of Equipment- Refrigeration, Air Conditioning, and Air Circulating "
                    "Equipment" },
                { "J099", "Maint/Repair/Rebuild of Equipment- Miscellaneous" } },
            { "Janitorial Services", "Armed Guard Services", "Grounds Maintenance", "Refuse Collection and Recycling",
                "Elevator Maintenance", "HVAC Preventive Maintenance", "Pest Control Services", "Snow Removal",
                "Laundry and Linen Services", "Fire Alarm Inspection and Testing", "Backflow Prevention Testing",
                "Base Operations Support Services", "Window Cleaning" } },
        // Professional services
        { { { "541330", "Engineering Services", "$25.5 million" },
              { "541611", "Administrative Management and General Management Consulting Services", "$24.5 million" },
              { "541990", "All Other Professional, Scientific, and Technical Services", "$19.5 million" },
              { "611430", "Professional and Management Development Training", "$15.0 million" },
              { "541380", "Testing Laboratories and Services", "$19.0 million" },
              { "541620", "Environmental Consulting Services", "$19.0 million" } },
            { { "R425", "Support- Professional: Engineering/Technical" },
                { "R408", "Support- Professional: Program Management/Support" },
                { "R499", "Support- Professional: Other" },
                { "U008", "Education/Training- Training/Curriculum Development" },
                { "C211", "Architect and Engineering- General: Landscaping, Interior Layout, and Designing" },
                { "B510", "Special Studies/Analysis- Environmental Assessments" } },
            { "Engineering Support Services", "Program Management Support", "Environmental Assessment",
                "Architect-Engineer Services IDIQ", "Leadership Development Training", "Acquisition Support Services",
                "Technical Writing Services", "Geotechnical Investigation", "Financial Audit Readiness Support",
                "Strategic Communications Support", "Hazardous Materials Survey", "Cost Estimating Services" } },
        // Research and development
        { { { "541715",
                "Research and Development in the Physical, Engineering, and Life Sciences (except Nanotechnology and "
                "Biotechnology)",
                "1,000 employees" },
              { "541714", "Research and Development in Biotechnology (except Nanobiotechnology)", "1,000 employees" } },
            { { "AC13", "National Defense R&D Services; Defense-related activities; Experimental development" },
                { "AR12", "Space R&D Services; Space Flight, Research and Supporting Activities; Applied Research" },
                { "AN13", "Health R&D Services; Health care services; Experimental development" } },
            { "Hypersonic Materials Research", "Small Satellite Propulsion Study",
                "Additive Manufacturing Qualification", "Vaccine Adjuvant Research", "Ocean Observing Sensors",
                "Quantum Sensing Prototype", "Lunar Surface Power Study", "Machine Learning for Predictive Maintenance",
                "Counter-UAS Technology Demonstration", "Battery Chemistry Characterization" } },
        // Logistics
        { { { "484121", "General Freight Trucking, Long-Distance, Truckload", "$34.0 million" },
              { "488190", "Other Support Activities for Air Transportation", "$40.0 million" },
              { "493110", "General Warehousing and Storage", "$34.0 million" },
              { "481211", "Nonscheduled Chartered Passenger Air Transportation", "1,500 employees" } },
            { { "V112", "Transportation/Travel/Relocation- Transportation: Motor Freight" },
                { "V119", "Transportation/Travel/Relocation- Transportation: Other" },
                { "R706", "Support- Management: Logistics Support" } },
            { "Freight Transportation Services", "Aircraft Ground Handling", "Warehousing and Distribution",
                "Charter Air Services", "Household Goods Storage", "Privately Owned Vehicle Shipping",
                "Fuel Delivery Services" } },
        // Forestry and land management
        { { { "115310", "Support Activities for Forestry", "$11.5 million" },
              { "561730", "Landscaping Services", "$9.5 million" } },
            { { "F003", "Natural Resources/Conservation- Forest-Range Fire Suppression/Presuppression" },
                { "F004", "Natural Resources/Conservation- Forest/Range Fire Rehabilitation (Non-Construction)" },
                { "F099", "Natural Resources/Conservation- Other" } },
            { "Hazardous Fuels Reduction", "Tree Planting", "Wildland Fire Engine Services", "Noxious Weed Treatment",
                "Trail Maintenance", "Stream Restoration", "Aerial Seeding" } },
        // Food
        { { { "311999", "All Other Miscellaneous Food Manufacturing", "500 employees" },
              { "424410", "General Line Grocery Merchant Wholesalers", "250 employees" },
              { "722310", "Food Service Contractors", "$47.0 million" } },
            { { "8940", "Special Dietary Foods and Food Specialty Preparations" },
                { "8905", "Meat, Poultry, and Fish" }, { "8915", "Fruits and Vegetables" },
                { "S203", "Housekeeping- Food" } },
            { "Subsistence Prime Vendor", "Fresh Fruits and Vegetables", "Canned Salmon",
                "Dining Facility Attendant Services", "Bottled Water", "Frozen Entrée Meals",
                "Meals for Inmates – Kosher and Halal" } },
        // Security systems
        { { { "561621", "Security Systems Services (except Locksmiths)", "$25.0 million" },
              { "334290", "Other Communications Equipment Manufacturing", "800 employees" } },
            { { "6350", "Miscellaneous Alarm, Signal, and Security Detection Systems" },
                { "N063", "Installation of Equipment- Alarm, Signal, and Security Detection Systems" } },
            { "Access Control System Upgrade", "CCTV Replacement", "Perimeter Intrusion Detection System",
                "Active Vehicle Barriers", "X-Ray Screening Equipment", "Mass Notification System" } },
    } };
    return data;
}

struct PartNoun
{
    const char* noun;
    const char* psc;
    const char* naics;
};

const std::vector<PartNoun>& partNouns()
{
    static const std::vector<PartNoun> data = {
        { "VALVE,BUTTERFLY", "4820", "332911" },
        { "BEARING,SLEEVE", "3110", "332710" },
        { "PANEL,STRUCTURAL", "1560", "336413" },
        { "CIRCUIT CARD ASSEMBLY", "5998", "334419" },
        { "SEAL,NONMETALLIC SPECIAL SHAPED SECTION", "5330", "332710" },
        { "BRACKET,ANGLE", "1560", "336413" },
        { "DIFFERENTIAL,DRIVING", "2520", "336350" },
        { "GASKET", "5330", "332710" },
        { "BOLT,MACHINE", "5306", "332710" },
        { "HOUSING,BEARING", "3110", "332710" },
        { "BLADE,TURBINE ROTOR", "2840", "336413" },
        { "MICROCIRCUIT,DIGITAL", "5962", "334419" },
        { "SHAFT,SHOULDERED", "2520", "336350" },
        { "TRANSMISSION,HYDRAULIC", "2520", "336350" },
        { "VALVE,CHECK", "4820", "332911" },
        { "WIRING HARNESS", "5998", "334419" },
        { "SPRING,HELICAL,COMPRESSION", "5306", "332710" },
        { "NOZZLE,FUEL INJECTION", "2840", "336413" },
        { "HULL FITTING,SHIP", "4820", "336611" },
        { "MICROCIRCUIT,LINEAR", "5962", "334419" },
    };
    return data;
}

struct Agency
{
    const char* department;
    const char* cgac;
    const char* subTier;
    const char* fpds;
    const char* office;
    const char* aac;
    const char* city;
    const char* state;
    const char* zip;
    const char* domain;
    int weight;
    std::vector<Category> work;
};

const std::vector<Agency>& agencies()
{
    static const char* dod = "DEPT OF DEFENSE";
    static const std::vector<Agency> data = {
        { dod, "097", "DEFENSE LOGISTICS AGENCY", "97AS", "DLA LAND AND MARITIME", "SPE7M1", "COLUMBUS", "OH", "43218",
            "dla.mil", 8, { Parts } },
        { dod, "097", "DEFENSE LOGISTICS AGENCY", "97AS", "DLA AVIATION", "SPE4A6", "RICHMOND", "VA", "23297",
            "dla.mil", 6, { Parts } },
        { dod, "097", "DEFENSE LOGISTICS AGENCY", "97AS", "DLA TROOP SUPPORT", "SPE1C1", "PHILADELPHIA", "PA", "19111",
            "dla.mil", 5, { Medical, Food } },
        { dod, "097", "DEFENSE LOGISTICS AGENCY", "97AS", "DLA LAND WARREN", "SPRDL1", "WARREN", "MI", "48397",
            "dla.mil", 3, { Parts } },
        { dod, "097", "DEPT OF THE ARMY", "2100", "W072 ENDIST HUNTSVILLE", "W912DY", "HUNTSVILLE", "AL", "35816",
            "usace.army.mil", 4, { Construction, Professional, Security } },
        { dod, "097", "DEPT OF THE ARMY", "2100", "W07V ENDIST LOUISVILLE", "W912QR", "LOUISVILLE", "KY", "40202",
            "usace.army.mil", 3, { Construction } },
        { dod, "097", "DEPT OF THE ARMY", "2100", "W6QK ACC-DTA", "W56HZV", "WARREN", "MI", "48397", "army.mil", 3,
            { Parts, Professional } },
        { dod, "097", "DEPT OF THE ARMY", "2100", "W6QM MICC-FT LIBERTY", "W91247", "FORT LIBERTY", "NC", "28310",
            "army.mil", 3, { FacilityServices, Construction, Food } },
        { dod, "097", "DEPT OF THE NAVY", "1700", "NAVSEA HQ", "N00024", "WASHINGTON NAVY YARD", "DC", "20376",
            "navy.mil", 3, { Parts, Professional, Research } },
        { dod, "097", "DEPT OF THE NAVY", "1700", "NAVSUP FLT LOG CTR NORFOLK", "N00189", "NORFOLK", "VA", "23511",
            "navy.mil", 3, { Logistics, FacilityServices, Parts } },
        { dod, "097", "DEPT OF THE NAVY", "1700", "NAVFAC ATLANTIC", "N62470", "NORFOLK", "VA", "23508", "navy.mil", 3,
            { Construction, FacilityServices } },
        { dod, "097", "DEPT OF THE NAVY", "1700", "NAVFAC SOUTHWEST", "N62473", "SAN DIEGO", "CA", "92132", "navy.mil",
            2, { Construction, FacilityServices } },
        { dod, "097", "DEPT OF THE AIR FORCE", "5700", "FA8730 AFLCMC HBK", "FA8730", "HANSCOM AFB", "MA", "01731",
            "us.af.mil", 2, { InformationTechnology, Professional } },
        { dod, "097", "DEPT OF THE AIR FORCE", "5700", "FA8601 AFLCMC PZIO", "FA8601", "WRIGHT PATTERSON AFB", "OH",
            "45433", "us.af.mil", 2, { Parts, Professional, Research } },
        { dod, "097", "DEPT OF THE AIR FORCE", "5700", "FA3002 338 SCONS CC", "FA3002", "JBSA RANDOLPH", "TX", "78150",
            "us.af.mil", 2, { FacilityServices, InformationTechnology } },
        { "GENERAL SERVICES ADMINISTRATION", "047", "FEDERAL ACQUISITION SERVICE", "4732",
            "GSA/FAS CENTER FOR IT SCHEDULE PROGRAMS", "47QTCA", "WASHINGTON", "DC", "20405", "gsa.gov", 3,
            { InformationTechnology, Professional } },
        { "GENERAL SERVICES ADMINISTRATION", "047", "PUBLIC BUILDINGS SERVICE", "4740",
            "PBS R5 ACQUISITION MANAGEMENT DIVISION", "47PF00", "CHICAGO", "IL", "60604", "gsa.gov", 3,
            { Construction, FacilityServices, Security } },
        { "VETERANS AFFAIRS, DEPARTMENT OF", "036", "VETERANS AFFAIRS, DEPARTMENT OF", "3600",
            "TECHNOLOGY ACQUISITION CENTER NJ (36C10B)", "36C10B", "EATONTOWN", "NJ", "07724", "va.gov", 3,
            { InformationTechnology } },
        { "VETERANS AFFAIRS, DEPARTMENT OF", "036", "VETERANS AFFAIRS, DEPARTMENT OF", "3600",
            "NETWORK CONTRACT OFFICE 10 (36C250)", "36C250", "DAYTON", "OH", "45428", "va.gov", 4,
            { Medical, FacilityServices, Construction } },
        { "VETERANS AFFAIRS, DEPARTMENT OF", "036", "VETERANS AFFAIRS, DEPARTMENT OF", "3600",
            "NATIONAL ACQUISITION CENTER (36A797)", "36A797", "HINES", "IL", "60141", "va.gov", 2, { Medical } },
        { "HEALTH AND HUMAN SERVICES, DEPARTMENT OF", "075", "INDIAN HEALTH SERVICE", "7527",
            "NAVAJO AREA INDIAN HEALTH SERVICE", "75H709", "WINDOW ROCK", "AZ", "86515", "ihs.gov", 2,
            { Medical, Construction } },
        { "HEALTH AND HUMAN SERVICES, DEPARTMENT OF", "075", "NATIONAL INSTITUTES OF HEALTH", "7529",
            "NATIONAL INSTITUTES OF HEALTH NCI", "75N910", "ROCKVILLE", "MD", "20850", "nih.gov", 2,
            { Research, Medical, InformationTechnology } },
        { "HEALTH AND HUMAN SERVICES, DEPARTMENT OF", "075", "CENTERS FOR DISEASE CONTROL AND PREVENTION", "7523",
            "CDC OFFICE OF ACQUISITION SERVICES", "75D301", "ATLANTA", "GA", "30333", "cdc.gov", 2,
            { Professional, InformationTechnology, Medical } },
        { "INTERIOR, DEPARTMENT OF THE", "014", "NATIONAL PARK SERVICE", "1443", "DSC CONTRACTING SERVICES DIVISION",
            "140P20", "LAKEWOOD", "CO", "80228", "nps.gov", 2, { Construction, FacilityServices, Forestry } },
        { "INTERIOR, DEPARTMENT OF THE", "014", "BUREAU OF INDIAN AFFAIRS", "1450",
            "DIVISION OF ACQUISITION - REGION 7", "140A16", "ALBUQUERQUE", "NM", "87104", "bia.gov", 1,
            { Construction, FacilityServices } },
        { "AGRICULTURE, DEPARTMENT OF", "012", "FOREST SERVICE", "12C2", "USDA-FS, AT-INCIDENT MGMT SVCS BRANCH",
            "12024B", "BOISE", "ID", "83705", "usda.gov", 2, { Forestry, Logistics } },
        { "AGRICULTURE, DEPARTMENT OF", "012", "AGRICULTURAL MARKETING SERVICE", "12K3",
            "USDA AMS COMMODITY PROCUREMENT", "12K3CP", "KANSAS CITY", "MO", "64133", "usda.gov", 2, { Food } },
        { "HOMELAND SECURITY, DEPARTMENT OF", "070", "US COAST GUARD", "7008", "SFLC PROCUREMENT BRANCH 1", "70Z023",
            "BALTIMORE", "MD", "21226", "uscg.mil", 2, { Parts, FacilityServices } },
        { "HOMELAND SECURITY, DEPARTMENT OF", "070", "FEDERAL EMERGENCY MANAGEMENT AGENCY", "7022", "REGION 4: ATLANTA",
            "70FBR4", "ATLANTA", "GA", "30341", "fema.dhs.gov", 1, { Logistics, FacilityServices } },
        { "HOMELAND SECURITY, DEPARTMENT OF", "070", "US CUSTOMS AND BORDER PROTECTION", "7014",
            "BORDER ENFORCEMENT CONTRACTING DIVISION", "70B04C", "WASHINGTON", "DC", "20229", "cbp.dhs.gov", 1,
            { InformationTechnology, Construction, Security } },
        { "ENERGY, DEPARTMENT OF", "089", "ENERGY, DEPARTMENT OF", "8900", "NNSA M&O CONTRACTING", "89233A",
            "ALBUQUERQUE", "NM", "87185", "nnsa.doe.gov", 1, { Research, Professional } },
        { "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION", "080", "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION",
            "8000", "NASA MARSHALL SPACE FLIGHT CENTER", "80MSFC", "HUNTSVILLE", "AL", "35812", "nasa.gov", 2,
            { Research, Parts } },
        { "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION", "080", "NATIONAL AERONAUTICS AND SPACE ADMINISTRATION",
            "8000", "NASA GODDARD SPACE FLIGHT CENTER", "80GSFC", "GREENBELT", "MD", "20771", "nasa.gov", 2,
            { Research, InformationTechnology } },
        { "TRANSPORTATION, DEPARTMENT OF", "069", "FEDERAL AVIATION ADMINISTRATION", "6920",
            "6973GH FRANCHISE ACQUISITION SVCS", "6973GH", "OKLAHOMA CITY", "OK", "73169", "faa.gov", 2,
            { Parts, FacilityServices, InformationTechnology } },
        { "JUSTICE, DEPARTMENT OF", "015", "FEDERAL PRISON SYSTEM / BUREAU OF PRISONS", "1540", "FCI ENGLEWOOD",
            "15B107", "LITTLETON", "CO", "80123", "bop.gov", 2, { Food, Medical, FacilityServices } },
        { "STATE, DEPARTMENT OF", "019", "STATE, DEPARTMENT OF", "1900", "ACQUISITIONS - AQM MOMENTUM", "19AQMM",
            "ARLINGTON", "VA", "22209", "state.gov", 1, { Professional, Security, Logistics } },
        { "COMMERCE, DEPARTMENT OF", "013", "NATIONAL OCEANIC AND ATMOSPHERIC ADMINISTRATION", "1330",
            "DEPT OF COMMERCE NOAA", "1305M3", "NORFOLK", "VA", "23510", "noaa.gov", 1,
            { Research, FacilityServices, InformationTechnology } },
    };
    return data;
}

Zone zoneOfState(QByteArrayView state)
{
    static const char* central[]
        = { "AL", "TN", "MS", "LA", "AR", "MO", "IA", "MN", "WI", "IL", "TX", "OK", "KS", "NE", "SD", "ND" };
    static const char* mountain[] = { "MT", "WY", "CO", "NM", "UT", "ID" };
    static const char* pacific[] = { "WA", "OR", "CA", "NV" };
    for (const char* s : central)
        if (state == s)
            return Zone::Central;
    for (const char* s : mountain)
        if (state == s)
            return Zone::Mountain;
    for (const char* s : pacific)
        if (state == s)
            return Zone::Pacific;
    if (state == "AZ")
        return Zone::Arizona;
    if (state == "AK")
        return Zone::Alaska;
    if (state == "HI")
        return Zone::Hawaii;
    if (state == "PR")
        return Zone::Atlantic;
    return Zone::Eastern;
}

const char* zoneName(Zone zone)
{
    switch (zone) {
    case Zone::Eastern:
        return "Eastern Time";
    case Zone::Central:
        return "Central Time";
    case Zone::Mountain:
    case Zone::Arizona:
        return "Mountain Time";
    case Zone::Pacific:
        return "Pacific Time";
    case Zone::Alaska:
        return "Alaska Time";
    case Zone::Hawaii:
        return "Hawaii-Aleutian Time";
    case Zone::Atlantic:
        return "Atlantic Time";
    }
    return "Eastern Time";
}

struct Place
{
    const char* city;
    const char* cityCode;
    const char* state;
    const char* stateName;
    const char* zip;
};

const std::vector<Place>& places()
{
    static const std::vector<Place> data = {
        { "Dayton", "21000", "OH", "Ohio", "45402" },
        { "Columbus", "18000", "OH", "Ohio", "43218" },
        { "Norfolk", "57000", "VA", "Virginia", "23511" },
        { "Richmond", "67000", "VA", "Virginia", "23297" },
        { "Huntsville", "37000", "AL", "Alabama", "35812" },
        { "Washington", "50000", "DC", "District of Columbia", "20376" },
        { "Philadelphia", "60000", "PA", "Pennsylvania", "19111" },
        { "San Diego", "66000", "CA", "California", "92132" },
        { "Honolulu", "71550", "HI", "Hawaii", "96818" },
        { "Anchorage", "03000", "AK", "Alaska", "99506" },
        { "Albuquerque", "02000", "NM", "New Mexico", "87104" },
        { "Denver", "20000", "CO", "Colorado", "80202" },
        { "Seattle", "63000", "WA", "Washington", "98104" },
        { "Tacoma", "70000", "WA", "Washington", "98433" },
        { "Atlanta", "04000", "GA", "Georgia", "30333" },
        { "Houston", "35000", "TX", "Texas", "77058" },
        { "San Antonio", "65000", "TX", "Texas", "78234" },
        { "Colorado Springs", "16000", "CO", "Colorado", "80914" },
        { "Oklahoma City", "55000", "OK", "Oklahoma", "73145" },
        { "Warren", "84000", "MI", "Michigan", "48397" },
        { "Fayetteville", "22920", "NC", "North Carolina", "28310" },
        { "Jacksonville", "35000", "FL", "Florida", "32212" },
        { "Baltimore", "04000", "MD", "Maryland", "21226" },
        { "Louisville", "48006", "KY", "Kentucky", "40202" },
        { "Portland", "59000", "OR", "Oregon", "97204" },
        { "Kansas City", "38000", "MO", "Missouri", "64106" },
        { "Chicago", "14000", "IL", "Illinois", "60604" },
        { "Boston", "07000", "MA", "Massachusetts", "02210" },
        { "Phoenix", "55000", "AZ", "Arizona", "85004" },
        { "Boise", "08830", "ID", "Idaho", "83705" },
        { "Greenbelt", "34775", "MD", "Maryland", "20771" },
        { "San Juan", "76770", "PR", "Puerto Rico", "00901" },
        { "Cañon City", "11810", "CO", "Colorado", "81212" },
    };
    return data;
}

struct Site
{
    const char* name;
    const char* state;
};

const Site kSites[] = {
    { "Fort Liberty, NC", "NC" },
    { "Camp Lejeune", "NC" },
    { "Joint Base Lewis-McChord", "WA" },
    { "Naval Air Station Whidbey Island", "WA" },
    { "Naval Station Norfolk", "VA" },
    { "Joint Base Langley-Eustis", "VA" },
    { "Wright-Patterson AFB", "OH" },
    { "Dayton VA Medical Center", "OH" },
    { "Defense Supply Center Columbus", "OH" },
    { "Fort Cavazos, TX", "TX" },
    { "Joint Base San Antonio-Lackland", "TX" },
    { "Johnson Space Center", "TX" },
    { "Hines VA Hospital", "IL" },
    { "Naval Station Great Lakes", "IL" },
    { "Yellowstone National Park", "WY" },
    { "Grand Canyon National Park", "AZ" },
    { "Chinle Comprehensive Health Care Facility", "AZ" },
    { "Marshall Space Flight Center", "AL" },
    { "Redstone Arsenal", "AL" },
    { "Goddard Space Flight Center", "MD" },
    { "Coast Guard Yard, Curtis Bay", "MD" },
    { "Aberdeen Proving Ground", "MD" },
    { "Bethesda Campus", "MD" },
    { "FCI Englewood", "CO" },
    { "Rocky Mountain Arsenal", "CO" },
    { "Fort Buchanan – Puerto Rico", "PR" },
    { "Joint Base Pearl Harbor-Hickam", "HI" },
    { "Naval Base San Diego", "CA" },
    { "Camp Pendleton", "CA" },
    { "Joint Base Elmendorf-Richardson", "AK" },
    { "Denali National Park & Preserve", "AK" },
    { "Tinker AFB", "OK" },
    { "Mike Monroney Aeronautical Center", "OK" },
    { "Detroit Arsenal", "MI" },
    { "Carlsbad Caverns National Park", "NM" },
    { "Kirtland AFB", "NM" },
    { "Hanscom AFB", "MA" },
    { "Philadelphia Navy Yard", "PA" },
    { "Fort Knox", "KY" },
    { "Washington Navy Yard", "DC" },
    { "Pentagon Reservation", "VA" },
    { "Joint Base McGuire-Dix-Lakehurst", "NJ" },
    { "Gowen Field", "ID" },
    { "Fort Leavenworth", "KS" },
    { "Dobbins Air Reserve Base", "GA" },
};

// A site in the given state when there is one, else any.
const char* siteIn(Rng& rng, QByteArrayView state)
{
    const Site* found[std::size(kSites)];
    size_t n = 0;
    for (const Site& site : kSites)
        if (state == site.state)
            found[n++] = &site;
    if (n == 0)
        return rng.pick(kSites).name;
    return found[size_t(rng.below(qint64(n)))]->name;
}

struct Name
{
    const char* display;
    const char* ascii; // for e-mail addresses
};

const Name kFirstNames[] = {
    { "James", "james" },
    { "Mary", "mary" },
    { "Robert", "robert" },
    { "Patricia", "patricia" },
    { "John", "john" },
    { "Jennifer", "jennifer" },
    { "Michael", "michael" },
    { "Linda", "linda" },
    { "David", "david" },
    { "Elizabeth", "elizabeth" },
    { "William", "william" },
    { "Barbara", "barbara" },
    { "Richard", "richard" },
    { "Susan", "susan" },
    { "Joseph", "joseph" },
    { "Jessica", "jessica" },
    { "Thomas", "thomas" },
    { "Sarah", "sarah" },
    { "Christopher", "christopher" },
    { "Karen", "karen" },
    { "Daniel", "daniel" },
    { "Lisa", "lisa" },
    { "Matthew", "matthew" },
    { "Nancy", "nancy" },
    { "Anthony", "anthony" },
    { "Angela", "angela" },
    { "Mark", "mark" },
    { "Ashley", "ashley" },
    { "Kevin", "kevin" },
    { "Kimberly", "kimberly" },
    { "Brian", "brian" },
    { "Michelle", "michelle" },
    { "Jordan", "jordan" },
    { "Johanna", "johanna" },
    { "Vincent", "vincent" },
    { "Tamika", "tamika" },
    { "DeShawn", "deshawn" },
    { "Priya", "priya" },
    { "Wei", "wei" },
    { "Hiroshi", "hiroshi" },
    { "José", "jose" },
    { "Zoë", "zoe" },
    { "Chloé", "chloe" },
    { "Renée", "renee" },
    { "André", "andre" },
    { "Søren", "soren" },
};

const Name kLastNames[] = {
    { "Smith", "smith" },
    { "Johnson", "johnson" },
    { "Williams", "williams" },
    { "Brown", "brown" },
    { "Jones", "jones" },
    { "Garcia", "garcia" },
    { "Miller", "miller" },
    { "Davis", "davis" },
    { "Rodriguez", "rodriguez" },
    { "Wilson", "wilson" },
    { "Anderson", "anderson" },
    { "Thomas", "thomas" },
    { "Taylor", "taylor" },
    { "Moore", "moore" },
    { "Jackson", "jackson" },
    { "Martin", "martin" },
    { "Lee", "lee" },
    { "Thompson", "thompson" },
    { "White", "white" },
    { "Harris", "harris" },
    { "Clark", "clark" },
    { "Lewis", "lewis" },
    { "Robinson", "robinson" },
    { "Walker", "walker" },
    { "Young", "young" },
    { "Allen", "allen" },
    { "King", "king" },
    { "Wright", "wright" },
    { "Scott", "scott" },
    { "Nguyen", "nguyen" },
    { "Hill", "hill" },
    { "Patel", "patel" },
    { "Kim", "kim" },
    { "Waldschmidt", "waldschmidt" },
    { "Nieves", "nieves" },
    { "O'Brien", "obrien" },
    { "Castillo", "castillo" },
    { "Okafor", "okafor" },
    { "Kowalski", "kowalski" },
    { "Martínez", "martinez" },
    { "Müller", "mueller" },
    { "Núñez", "nunez" },
    { "Peña", "pena" },
    { "Brontë", "bronte" },
    { "Gómez", "gomez" },
};

const char* kContactTitles[] = { "Contract Specialist", "Contracting Officer", "Procurement Analyst",
    "Supervisory Contract Specialist", "Purchasing Agent", "Contracting Officer's Representative" };

const char* kCompanyHeads[] = { "Apex", "Summit", "Blue Ridge", "Patriot", "Liberty", "Eagle", "Pinnacle", "Cardinal",
    "Keystone", "Frontier", "Ironclad", "Sterling", "Harbor", "Meridian", "Redstone", "Cascade", "Sierra", "Atlas",
    "Beacon", "Trinity", "Müller", "Peña" };
const char* kCompanyMiddles[] = { "Federal", "Technical", "Logistics", "Engineering", "Medical", "Construction",
    "Systems", "Solutions", "Services", "Defense", "Environmental", "Precision" };
const char* kCompanyTails[] = { "LLC", "Inc.", "Corporation", "Group, LLC", "JV LLC", "& Associates, Inc.", "Co." };
const char* kStreets[] = { "Main", "Oak", "Maple", "Washington", "Lincoln", "Industrial", "Commerce", "Airport",
    "Defense", "Liberty", "Market", "Park", "Technology", "Research" };
const char* kStreetTypes[] = { "St", "Ave", "Blvd", "Rd", "Dr", "Pkwy", "Way" };

struct SetAside
{
    const char* code;
    const char* description;
    int weight;
};

const std::vector<SetAside>& setAsides()
{
    // The document's Set-Aside Values table.
    static const std::vector<SetAside> data = {
        { "SBA", "Total Small Business Set-Aside (FAR 19.5)", 50 },
        { "SBP", "Partial Small Business Set-Aside (FAR 19.5)", 3 },
        { "8A", "8(a) Set-Aside (FAR 19.8)", 8 },
        { "8AN", "8(a) Sole Source (FAR 19.8)", 3 },
        { "HZC", "Historically Underutilized Business (HUBZone) Set-Aside (FAR 19.13)", 6 },
        { "HZS", "Historically Underutilized Business (HUBZone) Sole Source (FAR 19.13)", 1 },
        { "SDVOSBC", "Service-Disabled Veteran-Owned Small Business (SDVOSB) Set-Aside (FAR 19.14)", 10 },
        { "SDVOSBS", "Service-Disabled Veteran-Owned Small Business (SDVOSB) Sole Source (FAR 19.14)", 2 },
        { "WOSB", "Women-Owned Small Business (WOSB) Program Set-Aside (FAR 19.15)", 6 },
        { "WOSBSS", "Women-Owned Small Business (WOSB) Program Sole Source (FAR 19.15)", 1 },
        { "EDWOSB", "Economically Disadvantaged WOSB (EDWOSB) Program Set-Aside (FAR 19.15)", 3 },
        { "EDWOSBSS", "Economically Disadvantaged WOSB (EDWOSB) Program Sole Source (FAR 19.15)", 1 },
        { "LAS", "Local Area Set-Aside (FAR 26.2)", 1 },
        // Agency-specific ones, drawn only for their agencies.
        { "IEE", "Indian Economic Enterprise (IEE) Set-Aside (specific to Department of Interior)", 0 },
        { "ISBEE", "Indian Small Business Economic Enterprise (ISBEE) Set-Aside (specific to Department of Interior)",
            0 },
        { "BICiv", "Buy Indian Set-Aside (specific to Department of Health and Human Services, Indian Health Services)",
            0 },
        { "VSA", "Veteran-Owned Small Business Set-Aside (specific to Department of Veterans Affairs)", 0 },
        { "VSS", "Veteran-Owned Small Business Sole source (specific to Department of Veterans Affairs)", 0 },
    };
    return data;
}

const SetAside* setAsideByCode(QByteArrayView code)
{
    for (const SetAside& s : setAsides())
        if (code == s.code)
            return &s;
    return nullptr;
}

struct NoticeType
{
    const char* name;
    int weight;
};

const std::vector<NoticeType>& noticeTypes()
{
    static const std::vector<NoticeType> data = {
        { "Combined Synopsis/Solicitation", 30 },
        { "Solicitation", 22 },
        { "Sources Sought", 15 },
        { "Presolicitation", 12 },
        { "Award Notice", 9 },
        { "Special Notice", 7 },
        { "Justification", 3 },
        { "Sale of Surplus Property", 1 },
        { "Intent to Bundle Requirements (DoD-Funded)", 1 },
    };
    return data;
}

// ---------------------------------------------------------------------------------------
// One SAM notice, drawn once and rendered as API JSON or as a bulk CSV row.
// ---------------------------------------------------------------------------------------

struct Contact
{
    QByteArray type;
    QByteArray fullName;
    QByteArray title; // may be null
    QByteArray email;
    QByteArray phone; // may be null
    QByteArray fax; // may be null
};

struct SamNotice
{
    QByteArray noticeId;
    QByteArray title;
    QByteArray noun;
    QByteArray solicitationNumber;
    const Agency* agency = nullptr;
    bool legacyOrgFields = true; // department/subTier/office filled (v1 style) or null
    Stamp postedUtc;
    int postedMillis = 0;
    QByteArray type;
    QByteArray baseType;
    QByteArray archiveType;
    QDate archiveDate;
    const SetAside* setAside = nullptr;
    bool hasDeadline = false;
    Stamp deadlineLocal;
    Zone zone = Zone::Eastern;
    const Naics* naics = nullptr;
    QByteArray psc;
    bool active = true;
    bool hasAward = false;
    qint64 awardCents = 0;
    bool awardAmountAsNumber = false;
    QDate awardDate;
    QByteArray awardNumber;
    QByteArray awardee;
    QByteArray awardeeUei;
    QByteArray awardeeStreet;
    const Place* awardeePlace = nullptr;
    std::vector<Contact> contacts;
    bool descriptionLeadingSpace = false;
    bool organizationTypeNull = false;
    bool officeAddressNull = false;
    const Place* pop = nullptr;
    QByteArray popStreet;
    QByteArray additionalInfoLink;
    std::vector<QByteArray> resources;
    bool resourcesNull = true;
    quint64 literalNulls = 0; // bit i: missing field i is written as the string "null"
};

const Naics* findNaics(QByteArrayView code)
{
    for (const CategoryData& c : categories())
        for (const Naics& n : c.naics)
            if (code == n.code)
                return &n;
    return nullptr;
}

QByteArray companyName(Rng& rng)
{
    QByteArray name = rng.pick(kCompanyHeads);
    name += ' ';
    name += rng.pick(kCompanyMiddles);
    name += ' ';
    name += rng.pick(kCompanyTails);
    return name;
}

QByteArray streetAddress(Rng& rng)
{
    QByteArray out = QByteArray::number(rng.range(10, 9899));
    out += ' ';
    out += rng.pick(kStreets);
    out += ' ';
    out += rng.pick(kStreetTypes);
    if (rng.percent(25)) {
        out += ", Suite ";
        out += QByteArray::number(rng.range(1, 9) * 100);
    }
    return out;
}

QByteArray phoneNumber(Rng& rng)
{
    const QByteArray area = QByteArray::number(rng.range(201, 989));
    const QByteArray exchange = QByteArray::number(rng.range(200, 989));
    const QByteArray line = digits(rng, 4);
    switch (rng.below(4)) {
    case 0:
        return area + '.' + exchange + '.' + line;
    case 1:
        return '(' + area + ") " + exchange + '-' + line;
    case 2:
        return "+1 " + area + '-' + exchange + '-' + line;
    default:
        return area + '-' + exchange + '-' + line;
    }
}

Contact makeContact(Rng& rng, const char* type, const Agency& agency)
{
    const Name& first = rng.pick(kFirstNames);
    const Name& last = rng.pick(kLastNames);
    Contact c;
    c.type = type;
    c.fullName = QByteArray(first.display) + ' ' + last.display;
    if (rng.percent(8))
        c.fullName = QString::fromUtf8(c.fullName).toUpper().toUtf8(); // as some offices type it
    if (!rng.percent(15))
        c.title = rng.pick(kContactTitles);
    c.email = QByteArray(first.ascii) + '.' + last.ascii;
    if (rng.percent(20))
        c.email += QByteArray::number(rng.range(2, 9));
    c.email += '@';
    c.email += agency.domain;
    if (!rng.percent(12))
        c.phone = phoneNumber(rng);
    if (rng.percent(7))
        c.fax = phoneNumber(rng);
    return c;
}

QByteArray partsTitle(Rng& rng, const PartNoun& part)
{
    switch (rng.below(4)) {
    case 0:
    case 1:
        return QByteArray(part.psc).left(2) + "--" + part.noun;
    case 2:
        return QByteArray(part.noun) + ", NSN " + part.psc + digits(rng, 9);
    default:
        return part.noun;
    }
}

const char* kTitleModifiers[] = { "Base ", "Regional ", "Emergency ", "Annual ", "Multiple Award ", "Enterprise ",
    "Recurring ", "Installation-Wide " };

QByteArray serviceTitle(Rng& rng, const QByteArray& noun, QByteArrayView state)
{
    QByteArray title;
    if (rng.percent(15))
        title += rng.pick(kTitleModifiers);
    title += noun;
    switch (rng.below(8)) {
    case 0:
    case 1:
        title += QByteArray(" at ") + siteIn(rng, state);
        break;
    case 2:
        title += QByteArray(" - ") + siteIn(rng, state);
        break;
    case 3:
        title += QByteArray(" – ") + siteIn(rng, state);
        break;
    case 4:
        title += " – “Brand Name or Equal”";
        break;
    case 5:
        title += " (FY" + QByteArray::number(rng.range(26, 27)) + ")";
        break;
    default:
        break;
    }
    return title;
}

QByteArray titlePrefix(Rng& rng, QByteArrayView type)
{
    if (type == "Sources Sought")
        return rng.percent(50) ? QByteArray("Sources Sought - ") : QByteArray("RFI: ");
    if (type == "Special Notice")
        return rng.percent(60) ? QByteArray("Notice of Intent to Sole Source: ") : QByteArray("Industry Day – ");
    if (type == "Presolicitation")
        return rng.percent(30) ? QByteArray("Pre-Solicitation Notice - ") : QByteArray();
    if (type == "Justification")
        return QByteArray("J&A - ");
    if (type == "Award Notice")
        return rng.percent(40) ? QByteArray("Award - ") : QByteArray();
    return {};
}

SamNotice makeNotice(quint64 seed, QDate anchor, qint64 index)
{
    Rng rng(recordSeed(seed, SaltSam, index));
    SamNotice n;
    n.noticeId = hexId(rng, 32);
    n.agency = &pickWeighted(rng, agencies());
    const Agency& agency = *n.agency;
    n.legacyOrgFields = !rng.percent(15);
    n.zone = zoneOfState(agency.state);

    const Category category = rng.pick(agency.work);
    const CategoryData& data = categories()[category];
    if (category == Parts) {
        const PartNoun& part = rng.pick(partNouns());
        n.noun = part.noun;
        n.psc = part.psc;
        n.naics = findNaics(part.naics);
        n.title = partsTitle(rng, part);
    } else {
        n.noun = rng.pick(data.nouns);
        n.psc = rng.pick(data.psc).code;
        n.naics = &rng.pick(data.naics);
        n.title = serviceTitle(rng, n.noun, agency.state);
    }

    const NoticeType& type = pickWeighted(rng, noticeTypes());
    n.type = type.name;
    n.baseType = n.type;
    if (rng.percent(12)) {
        if (n.type == "Solicitation")
            n.baseType = "Presolicitation";
        else if (n.type == "Combined Synopsis/Solicitation")
            n.baseType = "Sources Sought";
        else if (n.type == "Award Notice")
            n.baseType = "Combined Synopsis/Solicitation";
    }
    n.title = titlePrefix(rng, n.type) + n.title;

    QDate posted;
    QDate deadline;
    drawWindow(rng, anchor, posted, deadline);
    n.postedUtc = { posted, int(rng.below(86400)) };
    n.postedMillis = int(rng.below(1000));

    const bool noDeadline = n.type == "Award Notice" || n.type == "Justification"
        || (n.type == "Special Notice" && rng.percent(50)) || rng.percent(4);
    n.hasDeadline = !noDeadline;
    if (n.hasDeadline) {
        static const int times[] = { 10 * 3600, 11 * 3600, 12 * 3600, 14 * 3600, 15 * 3600, 16 * 3600, 16 * 3600 + 1800,
            17 * 3600, 12 * 3600 + 1800, 23 * 3600 + 59 * 60 };
        n.deadlineLocal = { deadline, rng.pick(times) };
    }

    // Archive: 15 days after the deadline, a custom date, or by hand.
    const QDate archiveBase = n.hasDeadline ? deadline : posted.addDays(rng.range(30, 365));
    const qint64 archiveDraw = rng.below(100);
    if (archiveDraw < 60) {
        n.archiveType = "auto15";
        n.archiveDate = archiveBase.addDays(15);
    } else if (archiveDraw < 85) {
        n.archiveType = "autocustom";
        n.archiveDate = archiveBase.addDays(rng.range(1, 90));
    } else {
        n.archiveType = "manual";
        if (rng.percent(50))
            n.archiveDate = archiveBase.addDays(rng.range(0, 30));
    }
    n.active = !n.archiveDate.isValid() || n.archiveDate >= anchor;

    // Set-aside: about half are unrestricted; some agencies have their own programmes.
    if (rng.percent(52)) {
        const QByteArrayView dept = agency.department;
        if (dept.startsWith("VETERANS") && rng.percent(40))
            n.setAside = setAsideByCode(rng.percent(80) ? "VSA" : "VSS");
        else if (dept.startsWith("INTERIOR") && rng.percent(35))
            n.setAside = setAsideByCode(rng.percent(60) ? "IEE" : "ISBEE");
        else if (QByteArrayView(agency.subTier) == "INDIAN HEALTH SERVICE" && rng.percent(45))
            n.setAside = setAsideByCode("BICiv");
        else
            n.setAside = &pickWeighted(rng, setAsides());
    }

    // Solicitation number in the office's style: AAC, fiscal year, instrument letter, serial.
    const int fiscalYear = posted.month() >= 10 ? posted.year() + 1 : posted.year();
    static const char instruments[] = { 'Q', 'Q', 'Q', 'R', 'R', 'B', 'S', 'N' };
    n.solicitationNumber = QByteArray(agency.aac);
    appendPadded(n.solicitationNumber, fiscalYear % 100, 2);
    n.solicitationNumber += rng.pick(instruments);
    n.solicitationNumber += digits(rng, 4);
    if (rng.percent(4))
        n.solicitationNumber = QByteArray(); // some notices (special notices, sales) carry none

    if (n.type == "Award Notice") {
        n.hasAward = true;
        n.awardCents = awardAmountCents(rng);
        n.awardAmountAsNumber = rng.percent(30);
        n.awardDate = posted.addDays(-rng.range(0, 30));
        static const char awardKinds[] = { 'C', 'P', 'F', 'D' };
        n.awardNumber = QByteArray(agency.aac);
        appendPadded(n.awardNumber, fiscalYear % 100, 2);
        n.awardNumber += rng.pick(awardKinds);
        n.awardNumber += digits(rng, 4);
        n.awardee = companyName(rng);
        static const char ueiChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        n.awardeeUei = QByteArray(12, Qt::Uninitialized);
        for (int i = 0; i < 12; ++i)
            n.awardeeUei[i] = ueiChars[rng.below(i == 0 ? 24 : 34)];
        n.awardeeStreet = streetAddress(rng);
        n.awardeePlace = &rng.pick(places());
    }

    n.contacts.push_back(makeContact(rng, "primary", agency));
    if (rng.percent(60))
        n.contacts.push_back(makeContact(rng, "secondary", agency));
    if (rng.percent(3))
        n.contacts.erase(n.contacts.begin()); // a few notices name only a secondary or nobody

    n.descriptionLeadingSpace = rng.percent(1);
    n.organizationTypeNull = rng.percent(10);
    n.officeAddressNull = rng.percent(10);
    if (!rng.percent(20)) {
        if (rng.percent(40)) {
            for (const Place& p : places())
                if (QByteArrayView(p.state) == agency.state) {
                    n.pop = &p;
                    break;
                }
        }
        if (!n.pop)
            n.pop = &rng.pick(places());
        if (rng.percent(40)) {
            n.popStreet = rng.percent(25)
                ? QByteArray("Building ") + QByteArray::number(rng.range(100, 9999)) + "\r\n" + streetAddress(rng)
                : streetAddress(rng);
        }
    }
    if (rng.percent(10))
        n.additionalInfoLink = QByteArray("https://www.") + agency.domain + "/contracting/opportunities";
    if (!rng.percent(45)) {
        n.resourcesNull = false;
        const qint64 count = rng.range(1, 4);
        for (qint64 i = 0; i < count; ++i)
            n.resources.push_back(hexId(rng, 32));
    }
    if (rng.percent(6))
        n.literalNulls = rng.next();
    return n;
}

bool literalNull(const SamNotice& n, int bit)
{
    return (n.literalNulls >> bit) & 1;
}

QByteArray deadlineOffsetText(const SamNotice& n)
{
    return isoLocalText(n.deadlineLocal, utcOffsetMinutes(n.zone, n.deadlineLocal.date));
}

QByteArray fullParentPathName(const Agency& a)
{
    return QByteArray(a.department) + '.' + a.subTier + '.' + a.office;
}

QByteArray fullParentPathCode(const Agency& a)
{
    return QByteArray(a.cgac) + '.' + a.fpds + '.' + a.aac;
}

void writePlaceJson(JsonOut& json, const QByteArray& street, const Place& place)
{
    json.beginObject();
    if (!street.isNull())
        json.field("streetAddress", street);
    json.key("city").beginObject().field("code", place.cityCode).field("name", place.city).endObject();
    json.key("state").beginObject().field("code", place.state).field("name", place.stateName).endObject();
    json.field("zip", place.zip);
    json.key("country").beginObject().field("code", "USA").field("name", "UNITED STATES").endObject();
    json.endObject();
}

void writeSamJson(JsonOut& json, const SamNotice& n)
{
    const Agency& a = *n.agency;
    json.beginObject();
    json.field("noticeId", n.noticeId);
    json.field("title", n.title);
    json.optional("solicitationNumber", n.solicitationNumber, literalNull(n, 0));
    json.field("fullParentPathName", fullParentPathName(a));
    json.field("fullParentPathCode", fullParentPathCode(a));
    json.optional("department", n.legacyOrgFields ? QByteArray(a.department) : QByteArray(), literalNull(n, 1));
    json.optional("subTier", n.legacyOrgFields ? QByteArray(a.subTier) : QByteArray(), literalNull(n, 2));
    json.optional("office", n.legacyOrgFields ? QByteArray(a.office) : QByteArray(), literalNull(n, 3));
    json.field("postedDate", samPostedText(n.postedUtc));
    json.field("type", n.type);
    json.field("baseType", n.baseType);
    json.field("archiveType", n.archiveType);
    json.optional("archiveDate", n.archiveDate.isValid() ? ymd(n.archiveDate) : QByteArray(), literalNull(n, 4));
    json.optional("typeOfSetAsideDescription", n.setAside ? QByteArray(n.setAside->description) : QByteArray(),
        literalNull(n, 5));
    json.optional("typeOfSetAside", n.setAside ? QByteArray(n.setAside->code) : QByteArray(), literalNull(n, 6));
    json.optional("responseDeadLine", n.hasDeadline ? deadlineOffsetText(n) : QByteArray(), literalNull(n, 7));
    json.field("naicsCode", n.naics->code);
    json.field("classificationCode", n.psc);
    json.field("active", n.active ? "Yes" : "No");

    json.key("award");
    if (n.hasAward) {
        json.beginObject();
        json.field("date", ymd(n.awardDate));
        json.field("number", n.awardNumber);
        json.key("amount");
        if (n.awardAmountAsNumber)
            json.rawValue(money(n.awardCents));
        else
            json.str(money(n.awardCents));
        json.key("awardee").beginObject();
        json.field("name", n.awardee);
        json.key("location");
        writePlaceJson(json, n.awardeeStreet, *n.awardeePlace);
        json.field("ueiSAM", n.awardeeUei);
        json.endObject();
        json.endObject();
    } else {
        json.null();
    }

    json.key("pointOfContact").beginArray();
    for (const Contact& c : n.contacts) {
        json.beginObject();
        json.optional("fax", c.fax, literalNull(n, 8));
        json.field("type", c.type);
        json.field("email", c.email);
        json.optional("phone", c.phone, literalNull(n, 9));
        json.optional("title", c.title, literalNull(n, 10));
        json.field("fullName", c.fullName);
        json.endObject();
    }
    json.endArray();

    QByteArray description = n.descriptionLeadingSpace ? QByteArray(" ") : QByteArray();
    description += "https://api.sam.gov/prod/opportunities/v1/noticedesc?noticeid=" + n.noticeId;
    json.field("description", description);
    json.optional("organizationType", n.organizationTypeNull ? QByteArray() : QByteArray("OFFICE"), literalNull(n, 11));

    json.key("officeAddress");
    if (n.officeAddressNull) {
        json.null();
    } else {
        json.beginObject();
        json.field("zipcode", a.zip).field("city", a.city).field("countryCode", "USA").field("state", a.state);
        json.endObject();
    }

    json.key("placeOfPerformance");
    if (n.pop)
        writePlaceJson(json, n.popStreet, *n.pop);
    else
        json.null();

    json.optional("additionalInfoLink", n.additionalInfoLink, literalNull(n, 12));
    json.field("uiLink", "https://sam.gov/opp/" + n.noticeId + "/view");
    json.key("links").beginArray();
    json.beginObject()
        .field("rel", "self")
        .field("href", "https://api.sam.gov/prod/opportunities/v2/search?noticeid=" + n.noticeId + "&limit=1")
        .endObject();
    json.endArray();
    json.key("resourceLinks");
    if (n.resourcesNull) {
        json.null();
    } else {
        json.beginArray();
        for (const QByteArray& r : n.resources)
            json.str("https://sam.gov/api/prod/opps/v3/opportunities/resources/files/" + r + "/download?&token=");
        json.endArray();
    }
    json.endObject();
}

// ---------------------------------------------------------------------------------------
// Description text (bulk CSV only: the API gives a link instead).
// ---------------------------------------------------------------------------------------

struct TextVars
{
    const SamNotice* notice = nullptr;
    QByteArray pocName;
    QByteArray pocTitle;
    QByteArray pocEmail;
    QByteArray pocPhone;
    QByteArray site;
    QByteArray qty;
    QByteArray days;
    QByteArray wd;
    QByteArray wdRev;
    QByteArray contractType;
    QByteArray questionsDate;
    QByteArray startDate;
    QByteArray siteVisitDate;
};

QByteArray deadlineClock(int secs)
{
    int h = secs / 3600;
    const int m = secs / 60 % 60;
    const bool pm = h >= 12;
    if (h > 12)
        h -= 12;
    if (h == 0)
        h = 12;
    QByteArray out = QByteArray::number(h) + ':';
    appendPadded(out, m, 2);
    out += pm ? " PM" : " AM";
    return out;
}

QByteArray setAsideSentence(const SamNotice& n)
{
    if (!n.setAside)
        return "unrestricted (full and open competition); all responsible sources may submit an offer";
    return QByteArray("a ") + n.setAside->description;
}

QByteArray varValue(const TextVars& v, QByteArrayView name)
{
    const SamNotice& n = *v.notice;
    if (name == "noun")
        return n.noun;
    if (name == "office")
        return n.agency->office;
    if (name == "officeCity")
        return n.agency->city;
    if (name == "officeState")
        return n.agency->state;
    if (name == "sol")
        return n.solicitationNumber.isEmpty() ? QByteArray("this notice") : n.solicitationNumber;
    if (name == "naics")
        return n.naics->code;
    if (name == "naicsTitle")
        return n.naics->title;
    if (name == "size")
        return n.naics->sizeStandard;
    if (name == "psc")
        return n.psc;
    if (name == "setAside")
        return setAsideSentence(n);
    if (name == "deadlineDate")
        return mdy(n.deadlineLocal.date);
    if (name == "deadlineTime")
        return deadlineClock(n.deadlineLocal.secs);
    if (name == "zone")
        return zoneName(n.zone);
    if (name == "postedDate")
        return mdy(n.postedUtc.date.addDays(14));
    if (name == "pop")
        return n.pop ? QByteArray(n.pop->city) + ", " + n.pop->state + ' ' + n.pop->zip
                     : QByteArray(n.agency->city) + ", " + n.agency->state;
    if (name == "awardee")
        return n.awardee.isEmpty() ? QByteArray("the incumbent contractor") : n.awardee;
    if (name == "awardNumber")
        return n.awardNumber;
    if (name == "awardDate")
        return mdy(n.awardDate);
    if (name == "amount")
        return withThousands(n.awardCents / 100) + '.' + money(n.awardCents).right(2);
    if (name == "pocName")
        return v.pocName;
    if (name == "pocTitle")
        return v.pocTitle;
    if (name == "email")
        return v.pocEmail;
    if (name == "phone")
        return v.pocPhone;
    if (name == "site")
        return v.site;
    if (name == "qty")
        return v.qty;
    if (name == "days")
        return v.days;
    if (name == "wd")
        return v.wd;
    if (name == "wdRev")
        return v.wdRev;
    if (name == "contractType")
        return v.contractType;
    if (name == "questionsDate")
        return v.questionsDate;
    if (name == "startDate")
        return v.startDate;
    if (name == "siteVisitDate")
        return v.siteVisitDate;
    return QByteArray("{") + name.toByteArray() + '}';
}

void expand(QByteArray& out, const char* text, const TextVars& vars)
{
    const char* p = text;
    while (*p) {
        if (*p == '{') {
            const char* end = p + 1;
            while (*end && *end != '}')
                ++end;
            if (*end == '}') {
                out += varValue(vars, QByteArrayView(p + 1, end - p - 1));
                p = end + 1;
                continue;
            }
        }
        out += *p++;
    }
}

const char* introFor(QByteArrayView type)
{
    if (type == "Combined Synopsis/Solicitation")
        return "This is a combined synopsis/solicitation for commercial products or commercial services prepared in "
               "accordance with the format in FAR Subpart 12.6, as supplemented with additional information included "
               "in this notice. This announcement constitutes the only solicitation; quotes are being requested and a "
               "written solicitation will not be issued. Solicitation {sol} is issued as a Request for Quotation (RFQ) "
               "for {noun}.";
    if (type == "Solicitation")
        return "{office} is issuing solicitation {sol} for {noun}. The Government intends to award a "
               "{contractType} contract resulting from this solicitation to the responsible offeror whose offer, "
               "conforming to the solicitation, will be most advantageous to the Government, price and other factors "
               "considered.";
    if (type == "Presolicitation")
        return "{office} intends to issue a solicitation for {noun} on or about {postedDate}. The solicitation "
               "will be posted to SAM.gov; no paper copies will be issued, and telephone requests will not be honored.";
    if (type == "Sources Sought")
        return "THIS IS A SOURCES SOUGHT NOTICE ONLY. It is not a Request for Proposal, Request for Quotation or an "
               "Invitation for Bid, and no contract will be awarded from this notice. The purpose of this notice is "
               "market research to identify capable sources for {noun}; responses will inform the acquisition "
               "strategy, including any small business set-aside.";
    if (type == "Special Notice")
        return "{office} intends to negotiate on a sole-source basis with {awardee} under the authority of FAR "
               "13.106-1(b)(1) for {noun}. This notice of intent is not a request for competitive proposals; however, "
               "all responsible sources may submit a capability statement, which shall be considered by the agency.";
    if (type == "Award Notice")
        return "Contract {awardNumber} was awarded on {awardDate} to {awardee} in the amount of ${amount} for {noun}. "
               "This award resulted from solicitation {sol}.";
    if (type == "Justification")
        return "Justification and Approval for Other Than Full and Open Competition: {noun}. The proposed contract "
               "action is for supplies or services for which the Government intends to solicit and negotiate with "
               "only one source under the authority of FAR 6.302-1, \"Only one responsible source and no other "
               "supplies or services will satisfy agency requirements.\"";
    if (type == "Sale of Surplus Property")
        return "The Government offers for sale surplus property described as {noun}, to be sold \"as is, where is\" "
               "without warranty, guarantee, or representation as to quantity, kind, character, quality, weight, "
               "size, or description.";
    return "In accordance with FAR 7.107-4, {office} intends to bundle requirements for {noun}; the measurably "
           "substantial benefits expected from the consolidation are set out below.";
}

const char* kBodySentences[] = {
    "The applicable NAICS code is {naics} ({naicsTitle}) and the small business size standard is {size}.",
    "The Product Service Code (PSC) is {psc}.",
    "This acquisition is {setAside}.",
    "Questions shall be submitted in writing by email to {email} no later than {questionsDate}; questions received "
    "after that date may not be answered.",
    "Period of performance: one (1) base year and four (4) twelve-month option periods, with an anticipated start "
    "of {startDate}.",
    "Place of performance: {pop}.",
    "Delivery shall be F.O.B. Destination within {days} days after receipt of order to {office}, {officeCity}, "
    "{officeState}.",
    "Quantity: {qty} each. Offerors shall quote \"all or none\"; partial quotes will be rejected.",
    "Brand name or equal: an offeror proposing an \"equal\" product shall demonstrate that it meets every salient "
    "characteristic listed in the statement of work, including dimensions, power requirements, and warranty.",
    "Offerors must be registered in the System for Award Management (SAM) with an active Unique Entity ID (UEI) at "
    "the time of submission, and must complete the representations and certifications at FAR 52.212-3.",
    "The provision at FAR 52.212-1, Instructions to Offerors—Commercial Products and Commercial Services, applies to "
    "this acquisition, as do the clauses at FAR 52.212-4 and FAR 52.212-5.",
    "Evaluation will be on a lowest price technically acceptable (LPTA) basis; technical acceptability is determined "
    "by the capability statement, past performance, and price.",
    "Award will be made on a best-value trade-off basis; technical factors, when combined, are significantly more "
    "important than price.",
    "A site visit will be held on {siteVisitDate} at 10:00 AM local time at {site}. Attendance is encouraged but not "
    "mandatory; contact {pocName} to register no later than two days prior.",
    "The Service Contract Act applies; Wage Determination No. {wd}, Revision No. {wdRev}, is attached.",
    "Offerors shall include résumés of key personnel, three past-performance references from the last five years, "
    "and a completed pricing schedule.",
    "The contractor shall provide “turn-key” installation, training for up to {qty} staff, and a warranty of not "
    "less than twelve months.",
    "Section 889 of the FY2019 NDAA prohibits the Government from procuring covered telecommunications equipment; "
    "offerors shall complete FAR 52.204-24 and 52.204-26.",
    "Electronic invoicing through Procurement Integrated Enterprise Environment (PIEE) Wide Area WorkFlow (WAWF) is "
    "required.",
    "All responsible sources may submit a capability statement, proposal, or quotation, which shall be considered by "
    "the agency.",
    "The Government reserves the right to cancel this solicitation, either before or after the closing date; in the "
    "event of cancellation, the Government has no obligation to reimburse an offeror for costs incurred.",
    "Point of contact: {pocName}, {pocTitle}, {email}, {phone}.",
    "Responses shall not exceed ten (10) pages, 12-point font, and shall be submitted as a single PDF; marketing "
    "brochures will not be reviewed.",
    "The contractor shall furnish all labor, supervision, tools, materials, equipment, and transportation necessary "
    "to perform {noun} in accordance with the Performance Work Statement (PWS).",
    "Contractor personnel must obtain a Common Access Card (CAC) or PIV credential and pass a background "
    "investigation before beginning work – allow up to 30 days.",
    "Operations & maintenance manuals, as-built drawings, and a 1-year warranty are required at closeout.",
};

const char* kAttachments[] = { "Statement of Work", "Wage Determination", "Past Performance Questionnaire",
    "Pricing Schedule – Attachment 4", "Drawings (CUI – request via PIEE)", "Quality Assurance Surveillance Plan",
    "Representations and Certifications" };

QByteArray htmlEscape(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

QByteArray samDescription(const SamNotice& n, quint64 seed, qint64 index)
{
    Rng rng(recordSeed(seed, SaltSamText, index));
    TextVars vars;
    vars.notice = &n;
    if (!n.contacts.empty()) {
        const Contact& c = n.contacts.front();
        vars.pocName = c.fullName;
        vars.pocTitle = c.title.isNull() ? QByteArray("Contract Specialist") : c.title;
        vars.pocEmail = c.email;
        vars.pocPhone = c.phone.isNull() ? QByteArray("no phone calls please") : c.phone;
    } else {
        vars.pocName = "the Contracting Officer";
        vars.pocTitle = "Contracting Officer";
        vars.pocEmail = QByteArray("contracting@") + n.agency->domain;
        vars.pocPhone = "no phone calls please";
    }
    vars.site = siteIn(rng, n.pop ? QByteArrayView(n.pop->state) : QByteArrayView(n.agency->state));
    vars.qty = QByteArray::number(rng.range(1, 500));
    vars.days = QByteArray::number(rng.range(3, 12) * 10);
    vars.wd = QByteArray::number(rng.range(2015, 2024)) + '-' + QByteArray::number(rng.range(4001, 5999));
    vars.wdRev = QByteArray::number(rng.range(1, 31));
    static const char* contractTypes[]
        = { "firm-fixed-price", "firm-fixed-price, indefinite-delivery/indefinite-quantity (IDIQ)",
              "time-and-materials", "cost-plus-fixed-fee", "blanket purchase agreement (BPA)" };
    vars.contractType = rng.pick(contractTypes);
    const QDate deadline = n.hasDeadline ? n.deadlineLocal.date : n.postedUtc.date.addDays(30);
    vars.questionsDate = mdy(deadline.addDays(-rng.range(5, 10)));
    vars.startDate = mdy(deadline.addDays(rng.range(30, 120)));
    vars.siteVisitDate = mdy(n.postedUtc.date.addDays(rng.range(5, 12)));

    // 40% HTML as SAM.gov's editor produces it, the rest plain text; some use CRLF inside.
    const bool html = rng.percent(40);
    const QByteArray newline = rng.percent(10) ? QByteArray("\r\n") : QByteArray("\n");

    std::vector<QByteArray> paragraphs;
    QByteArray intro;
    expand(intro, introFor(n.type), vars);
    if (n.hasDeadline) {
        intro += " Offers are due no later than ";
        expand(intro, "{deadlineDate} at {deadlineTime} {zone}", vars);
        intro += '.';
    }
    paragraphs.push_back(intro);

    const qint64 draw = rng.below(100);
    const qint64 bodyParagraphs = draw < 35 ? rng.range(0, 1) : draw < 80 ? rng.range(2, 3) : rng.range(4, 7);
    constexpr int poolSize = int(std::size(kBodySentences));
    std::array<int, poolSize> order {};
    for (int i = 0; i < poolSize; ++i)
        order[size_t(i)] = i;
    int used = 0;
    for (qint64 p = 0; p < bodyParagraphs && used < poolSize; ++p) {
        QByteArray paragraph;
        const qint64 sentences = rng.range(2, 4);
        for (qint64 s = 0; s < sentences && used < poolSize; ++s) {
            const int j = used + int(rng.below(poolSize - used));
            std::swap(order[size_t(used)], order[size_t(j)]);
            if (!paragraph.isEmpty())
                paragraph += ' ';
            expand(paragraph, kBodySentences[order[size_t(used)]], vars);
            ++used;
        }
        paragraphs.push_back(paragraph);
    }

    std::vector<QByteArray> attachments;
    if (rng.percent(35)) {
        const qint64 count = rng.range(2, 4);
        for (qint64 i = 0; i < count; ++i)
            attachments.push_back(rng.pick(kAttachments));
    }

    QByteArray out;
    if (html) {
        for (const QByteArray& p : paragraphs) {
            out += "<p>";
            out += htmlEscape(p);
            out += "</p>";
            out += newline;
        }
        if (!attachments.empty()) {
            out += "<p><strong>Attachments:</strong></p>";
            out += newline;
            out += "<ul>";
            for (const QByteArray& a : attachments)
                out += "<li>" + htmlEscape(a) + "</li>";
            out += "</ul>";
        }
        if (out.endsWith(newline))
            out.chop(newline.size());
    } else {
        for (size_t i = 0; i < paragraphs.size(); ++i) {
            if (i > 0)
                out += newline + newline;
            out += paragraphs[i];
        }
        if (!attachments.empty()) {
            out += newline + newline + "Attachments:";
            for (const QByteArray& a : attachments)
                out += newline + "- " + a;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// ITA Trade Leads
// ---------------------------------------------------------------------------------------

struct Country
{
    const char* code;
    const char* name;
    std::vector<const char*> cities;
    std::vector<const char*> worldRegions;
    std::vector<const char*> tradeRegions;
};

const char* kWestern = "Western Hemisphere";

const std::vector<Country>& stateCountries()
{
    static const std::vector<Country> data = {
        { "MX", "Mexico", { "Mexico City", "Monterrey", "Guadalajara" }, { "North America", kWestern },
            { "United States-Mexico-Canada Agreement (USMCA)", "Pacific Alliance",
                "Asia Pacific Economic Cooperation" } },
        { "BR", "Brazil", { "São Paulo", "Brasília", "Rio de Janeiro" }, { "South America", kWestern },
            { "Southern Common Market (MERCOSUR)", "BRICS" } },
        { "CO", "Colombia", { "Bogotá", "Medellín" }, { "South America", kWestern },
            { "Andean Community", "Pacific Alliance" } },
        { "PE", "Peru", { "Lima", "Arequipa" }, { "South America", kWestern },
            { "Andean Community", "Pacific Alliance", "Asia Pacific Economic Cooperation" } },
        { "CL", "Chile", { "Santiago", "Valparaíso" }, { "South America", kWestern },
            { "Pacific Alliance", "Asia Pacific Economic Cooperation" } },
        { "AR", "Argentina", { "Buenos Aires", "Córdoba" }, { "South America", kWestern },
            { "Southern Common Market (MERCOSUR)" } },
        { "DO", "Dominican Republic", { "Santo Domingo" }, { "Caribbean", kWestern }, { "CAFTA-DR" } },
        { "GT", "Guatemala", { "Guatemala City" }, { "Central America", kWestern }, { "CAFTA-DR" } },
        { "PA", "Panama", { "Panama City", "Colón" }, { "Central America", kWestern }, {} },
        { "IN", "India", { "New Delhi", "Mumbai", "Bengaluru" }, { "South Asia", "Asia" },
            { "BRICS", "South Asian Association for Regional Cooperation" } },
        { "ID", "Indonesia", { "Jakarta", "Surabaya" }, { "Southeast Asia", "Asia" },
            { "Association of Southeast Asian Nations", "Asia Pacific Economic Cooperation" } },
        { "VN", "Vietnam", { "Hanoi", "Ho Chi Minh City", "Da Nang" }, { "Southeast Asia", "Asia" },
            { "Association of Southeast Asian Nations", "Asia Pacific Economic Cooperation" } },
        { "PH", "Philippines", { "Manila", "Cebu" }, { "Southeast Asia", "Asia" },
            { "Association of Southeast Asian Nations", "Asia Pacific Economic Cooperation" } },
        { "TH", "Thailand", { "Bangkok" }, { "Southeast Asia", "Asia" },
            { "Association of Southeast Asian Nations", "Asia Pacific Economic Cooperation" } },
        { "KE", "Kenya", { "Nairobi", "Mombasa" }, { "Sub-Saharan Africa", "Africa" },
            { "East African Community", "Common Market for Eastern and Southern Africa" } },
        { "NG", "Nigeria", { "Abuja", "Lagos" }, { "Sub-Saharan Africa", "Africa" },
            { "Economic Community of West African States" } },
        { "GH", "Ghana", { "Accra", "Kumasi" }, { "Sub-Saharan Africa", "Africa" },
            { "Economic Community of West African States" } },
        { "SN", "Senegal", { "Dakar" }, { "Sub-Saharan Africa", "Africa" },
            { "Economic Community of West African States" } },
        { "CI", "Côte d'Ivoire", { "Abidjan", "Yamoussoukro" }, { "Sub-Saharan Africa", "Africa" },
            { "Economic Community of West African States" } },
        { "ZA", "South Africa", { "Johannesburg", "Cape Town", "Durban" }, { "Sub-Saharan Africa", "Africa" },
            { "Southern African Development Community", "BRICS" } },
        { "TZ", "Tanzania", { "Dar es Salaam", "Dodoma" }, { "Sub-Saharan Africa", "Africa" },
            { "East African Community", "Southern African Development Community" } },
        { "ET", "Ethiopia", { "Addis Ababa" }, { "Sub-Saharan Africa", "Africa" },
            { "Common Market for Eastern and Southern Africa" } },
        { "EG", "Egypt", { "Cairo", "Alexandria" }, { "Middle East and North Africa", "Africa" },
            { "Common Market for Eastern and Southern Africa" } },
        { "MA", "Morocco", { "Rabat", "Casablanca" }, { "Middle East and North Africa", "Africa" }, {} },
        { "SA", "Saudi Arabia", { "Riyadh", "Jeddah" }, { "Middle East and North Africa", "Middle East" },
            { "Gulf Cooperation Council" } },
        { "AE", "United Arab Emirates", { "Abu Dhabi", "Dubai" }, { "Middle East and North Africa", "Middle East" },
            { "Gulf Cooperation Council" } },
        { "JO", "Jordan", { "Amman", "Aqaba" }, { "Middle East and North Africa", "Middle East" }, {} },
        { "IQ", "Iraq", { "Baghdad", "Erbil", "Basra" }, { "Middle East and North Africa", "Middle East" }, {} },
        { "TR", "Türkiye", { "Ankara", "İstanbul", "İzmir" }, { "Europe", "Middle East" }, {} },
        { "PL", "Poland", { "Warsaw", "Kraków", "Gdańsk" }, { "Europe" }, { "European Union - 27" } },
        { "RO", "Romania", { "Bucharest", "Brașov" }, { "Europe" }, { "European Union - 27" } },
        { "UA", "Ukraine", { "Kyiv", "Lviv", "Odesa" }, { "Europe" }, {} },
        { "KZ", "Kazakhstan", { "Astana", "Almaty" }, { "Central Asia", "Asia" }, { "Eurasian Economic Union" } },
        { "UZ", "Uzbekistan", { "Tashkent", "Samarkand" }, { "Central Asia", "Asia" }, {} },
        { "PK", "Pakistan", { "Islamabad", "Karachi", "Lahore" }, { "South Asia", "Asia" },
            { "South Asian Association for Regional Cooperation" } },
        { "BD", "Bangladesh", { "Dhaka", "Chattogram" }, { "South Asia", "Asia" },
            { "South Asian Association for Regional Cooperation" } },
        { "MN", "Mongolia", { "Ulaanbaatar" }, { "East Asia", "Asia" }, {} },
    };
    return data;
}

const Country& canada()
{
    static const Country c = { "CA", "Canada", {}, { "North America", kWestern },
        { "United States-Mexico-Canada Agreement (USMCA)", "Asia Pacific Economic Cooperation" } };
    return c;
}

const Country& unitedKingdom()
{
    static const Country c = { "GB", "United Kingdom", {}, { "Europe" }, {} };
    return c;
}

const Country& australia()
{
    static const Country c = { "AU", "Australia", {}, { "Oceania", "Asia Pacific" },
        { "Asia Pacific Economic Cooperation", "Trans Pacific Partnership" } };
    return c;
}

struct FboPlace
{
    Country country;
    const char* location;
};

const std::vector<FboPlace>& fboPlaces()
{
    static const std::vector<FboPlace> data = {
        { { "US", "United States", {}, { "North America", kWestern },
              { "United States-Mexico-Canada Agreement (USMCA)" } },
            nullptr },
        { { "DE", "Germany", {}, { "Europe" }, { "European Union - 27" } }, "Ramstein Air Base, Germany" },
        { { "DE", "Germany", {}, { "Europe" }, { "European Union - 27" } }, "USAG Wiesbaden, Germany" },
        { { "JP", "Japan", {}, { "East Asia", "Asia" }, { "Asia Pacific Economic Cooperation" } },
            "Fleet Activities Yokosuka, Japan" },
        { { "JP", "Japan", {}, { "East Asia", "Asia" }, { "Asia Pacific Economic Cooperation" } },
            "Kadena Air Base, Okinawa" },
        { { "KR", "South Korea", {}, { "East Asia", "Asia" }, { "Asia Pacific Economic Cooperation" } },
            "Camp Humphreys, Pyeongtaek" },
        { { "IT", "Italy", {}, { "Europe" }, { "European Union - 27" } }, "Naval Support Activity Naples, Italy" },
        { { "ES", "Spain", {}, { "Europe" }, { "European Union - 27" } }, "Naval Station Rota, Spain" },
        { { "BH", "Bahrain", {}, { "Middle East and North Africa", "Middle East" }, { "Gulf Cooperation Council" } },
            "NSA Bahrain, Manama" },
        { { "QA", "Qatar", {}, { "Middle East and North Africa", "Middle East" }, { "Gulf Cooperation Council" } },
            "Al Udeid Air Base, Qatar" },
        { { "KW", "Kuwait", {}, { "Middle East and North Africa", "Middle East" }, { "Gulf Cooperation Council" } },
            "Camp Arifjan, Kuwait" },
        { { "DJ", "Djibouti", {}, { "Sub-Saharan Africa", "Africa" },
              { "Common Market for Eastern and Southern Africa" } },
            "Camp Lemonnier, Djibouti" },
    };
    return data;
}

struct ItaCategory
{
    std::vector<const char*> itaIndustries;
    const char* stateIndustry;
    const char* canadaIndustry;
    std::vector<const char*> ukIndustry;
    const char* australiaIndustry;
    const char* ministry;
    const char* ministrySlug; // for contacts' e-mail addresses
    const char* frenchTitle; // Canada's notices are often bilingual
    std::vector<const char*> titles;
    const char* tags;
};

const std::vector<ItaCategory>& itaCategories()
{
    static const std::vector<ItaCategory> data = {
        { { "Energy", "Renewable Energy" }, "Energy and Power", "Power Distribution Equipment",
            { "Electricity distribution and related services", "Solar photovoltaic modules" },
            "Power Generation and Distribution Machinery and Accessories", "Ministry of Energy", "energy",
            "Équipement électrique",
            { "Construction of a 50 MW Solar Photovoltaic Plant", "Rehabilitation of the Hydropower Station",
                "Supply of Distribution Transformers", "Grid Modernisation and Smart Metering Programme",
                "Wind Farm Grid Connection Works", "Rural Electrification – Phase II", "Battery Energy Storage System",
                "Gas Turbine Overhaul Services" },
            "solar, photovoltaic, renewable energy, grid" },
        { { "Healthcare Technologies", "Medical Devices" }, "Health Care Services", "Medical Equipment and Supplies",
            { "Medical equipments, pharmaceuticals and personal care products", "Health and social work services" },
            "Medical Equipment and Accessories and Supplies", "Ministry of Health", "health", "Équipement médical",
            { "Supply of Medical Imaging Equipment", "Hospital Information System", "Ventilators and Patient Monitors",
                "Construction of a Regional Referral Hospital", "Laboratory Reagents and Consumables",
                "Telemedicine Platform", "Dialysis Equipment and Services" },
            "hospital, medical equipment, health" },
        { { "Information and Communication Technology" }, "Telecommunications",
            "Information processing and related telecommunications services",
            { "IT services: consulting, software development, Internet and support",
                "Software package and information systems" },
            "Information Technology Broadcasting and Telecommunications",
            "Ministry of Information and Communications Technology", "ict", "Services informatiques",
            { "National Broadband Backbone Expansion", "E-Government Services Platform", "Data Centre Modernisation",
                "Cybersecurity Operations Centre", "Enterprise Resource Planning System", "Digital Identity System",
                "Managed Network Services" },
            "ICT, broadband, software, data centre" },
        { { "Aerospace and Defense" }, "Aerospace", "Aircraft Components and Accessories",
            { "Defence services", "Aircraft and spacecraft" },
            "Defence and Law Enforcement and Security and Safety Equipment and Supplies", "Ministry of Defence",
            "defence", "Composants d'aéronefs",
            { "Airport Air Traffic Control Radar", "Maintenance of Fixed-Wing Aircraft Fleet",
                "Coastal Surveillance System", "Hangar Construction", "Aircraft Rescue and Firefighting Vehicles",
                "Flight Simulator Upgrade" },
            "aviation, radar, defence" },
        { { "Agribusiness" }, "Agricultural Sector", "Agricultural Machinery and Equipment",
            { "Agricultural, farming, fishing, forestry and related products" },
            "Farming and Fishing and Forestry and Wildlife Contracting Services", "Ministry of Agriculture",
            "agriculture", "Machinerie agricole",
            { "Irrigation Scheme Rehabilitation", "Grain Storage Silos", "Cold Chain Facilities for Horticulture",
                "Supply of Agricultural Tractors", "Fisheries Harbour Development", "Fertiliser Supply" },
            "agriculture, irrigation, food security" },
        { { "Design and Construction", "Infrastructure" }, "Construction", "Construction Services",
            { "Construction work", "Architectural, construction, engineering and inspection services" },
            "Building and Construction and Maintenance Services", "Ministry of Public Works", "publicworks",
            "Services de construction",
            { "Construction of the Ring Road", "Bridge Rehabilitation Works", "Port Expansion – Phase 2",
                "Design and Build of Government Office Complex", "Affordable Housing Programme",
                "School Construction Programme" },
            "roads, bridges, construction, infrastructure" },
        { { "Environmental Technologies", "Water and Wastewater" }, "Water Resources", "Environmental Services",
            { "Sewage, refuse, cleaning and environmental services" }, "Environmental Services",
            "Ministry of Water and Sanitation", "water", "Services environnementaux",
            { "Wastewater Treatment Plant Upgrade", "Municipal Solid Waste Management",
                "Water Supply Network Rehabilitation", "Desalination Plant", "Air Quality Monitoring Network",
                "Landfill Gas Capture" },
            "water, wastewater, environment" },
        { { "Transportation", "Automotive" }, "Transportation",
            "Ground Effect Vehicles, Motor Vehicles, Trailers and Cycles",
            { "Transport equipment and auxiliary products to transportation" },
            "Transportation and Storage and Mail Services", "Ministry of Transport", "transport", "Véhicules et pièces",
            { "Urban Bus Rapid Transit System", "Supply of Railway Rolling Stock", "Traffic Management System",
                "Light Rail Signalling Upgrade", "Fleet of Electric Buses", "Airport Terminal Baggage Handling" },
            "transport, rail, buses" },
        { { "Education" }, "Education", "Educational and Training Services", { "Education and training services" },
            "Education and Training Services", "Ministry of Education", "education", "Services de formation",
            { "Teacher Training Programme", "Supply of Laboratory Equipment for Universities", "E-Learning Platform",
                "Vocational Training Centres" },
            "education, training" },
        { { "Safety and Security" }, "Security", "Communications, Detection and Fibre Optics",
            { "Security, fire-fighting, police and defence equipment" },
            "Defence and Law Enforcement and Security and Safety Equipment and Supplies", "Ministry of Interior",
            "interior", "Systèmes de sécurité",
            { "Border Security Scanning Equipment", "Fire Fighting Vehicles", "City Surveillance CCTV Network",
                "Emergency Communications System" },
            "security, surveillance, emergency" },
    };
    return data;
}

// The ITA industry an FBO notice of each SAM category is filed under.
const char* kItaIndustryOfCategory[CategoryCount]
    = { "Design and Construction", "Information and Communication Technology", "Aerospace and Defense",
          "Healthcare Technologies", "Design and Construction", "Business and Professional Services",
          "Aerospace and Defense", "Transportation", "Agribusiness", "Agribusiness", "Safety and Security" };

const char* kFundingSources[] = { "World Bank", "Inter-American Development Bank", "African Development Bank",
    "Asian Development Bank", "European Bank for Reconstruction and Development", "Government Budget",
    "Millennium Challenge Corporation", "Islamic Development Bank" };
const char* kStateLeadTypes[] = { "Tender", "Project Announcement", "Private Sector Opportunity", "Consultancy" };

const char* kCanadaLocations[] = { "Ontario", "Québec", "British Columbia", "Alberta", "Nova Scotia",
    "National Capital Region", "Newfoundland and Labrador", "Manitoba", "Saskatchewan" };
const char* kCanadaEntities[] = { "Department of National Defence", "Correctional Service Canada", "Transport Canada",
    "Health Canada", "Fisheries and Oceans Canada", "Parks Canada", "Shared Services Canada",
    "Royal Canadian Mounted Police", "Environment and Climate Change Canada" };
const char* kCanadaNoticeTypes[] = { "Notice of Proposed Procurement (NPP)", "Advance Contract Award Notice (ACAN)",
    "Request for Information (RFI)", "Request for Standing Offer (RFSO)" };
const char* kCanadaBidTypes[] = { "Goods", "Services", "Services related to goods", "Construction" };
const char* kCanadaStrategies[] = { "Lowest/Lower Bid", "Best Overall Proposal", "Subsequent/Follow-on Contracts" };
const char* kCanadaAgreements[]
    = { "Canadian Free Trade Agreement (CFTA)", "Comprehensive Economic and Trade Agreement (CETA)",
          "World Trade Organization-Agreement on Government Procurement (WTO-AGP)",
          "Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)",
          "Canada-Chile Free Trade Agreement (CCFTA)", "Canada-Korea Free Trade Agreement (CKFTA)" };

const char* kUkOrganisations[] = { "Ministry of Defence", "NHS Supply Chain", "Crown Commercial Service",
    "Department for Transport", "HM Revenue & Customs", "Environment Agency", "Network Rail", "National Highways",
    "Scottish Water", "Transport for London", "Welsh Government – Llywodraeth Cymru", "Defence Equipment & Support" };
const char* kUkDomains[] = { "mod.gov.uk", "supplychain.nhs.uk", "crowncommercial.gov.uk", "dft.gov.uk", "hmrc.gov.uk",
    "environment-agency.gov.uk", "networkrail.co.uk", "nationalhighways.co.uk", "scottishwater.co.uk", "tfl.gov.uk",
    "gov.wales", "des.mod.gov.uk" };
const char* kUkRegions[] = { "London", "South West", "North East", "Scotland", "Wales", "Yorkshire and the Humber",
    "East Midlands", "North West", "South East", "Northern Ireland" };
const char* kUkNoticeTypes[] = { "Contract", "Opportunity", "Early Engagement", "Future Opportunity" };

const char* kAusOrganisations[] = { "Department of Defence", "Services Australia", "Department of Home Affairs",
    "Australian Taxation Office", "Department of Health and Aged Care", "CSIRO", "Bureau of Meteorology",
    "Department of Infrastructure, Transport, Regional Development, Communications and "
    "the Arts",
    "Australian Antarctic Division" };
const char* kAusAbbrev[] = { "DEF", "SA", "HA", "ATO", "DOH", "CSIRO", "BOM", "DITRDCA", "AAD" };
const char* kAusDomains[] = { "defence.gov.au", "servicesaustralia.gov.au", "homeaffairs.gov.au", "ato.gov.au",
    "health.gov.au", "csiro.au", "bom.gov.au", "infrastructure.gov.au", "aad.gov.au" };
const char* kAusStates[] = { "ACT", "NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT" };
const char* kAusNoticeTypes[] = { "Open tender", "Prequalified tender", "Multi-stage" };

ItaSource sourceFromDraw(quint64 draw)
{
    const int r = int(draw % 100);
    if (r < 30)
        return ItaSource::State;
    if (r < 50)
        return ItaSource::Canada;
    if (r < 70)
        return ItaSource::Uk;
    if (r < 85)
        return ItaSource::Fbo;
    return ItaSource::Australia;
}

void writeStringArray(JsonOut& json, const char* key, const std::vector<const char*>& values)
{
    json.key(key).beginArray();
    for (const char* v : values)
        json.str(v);
    json.endArray();
}

QByteArray contactLine(Rng& rng, const QByteArray& domain, bool withPhone, const char* phonePrefix)
{
    const Name& first = rng.pick(kFirstNames);
    const Name& last = rng.pick(kLastNames);
    QByteArray out = QByteArray(first.display) + ' ' + last.display + ", " + QByteArray(first.ascii) + '.' + last.ascii
        + '@' + domain;
    if (withPhone)
        out += QByteArray(", ") + phonePrefix + digits(rng, 3) + ' ' + digits(rng, 3) + ' ' + digits(rng, 4);
    return out;
}

QByteArray itaDescription(Rng& rng, const QByteArray& opening, const QByteArray& funding, QDate end)
{
    QByteArray out = opening;
    if (!funding.isEmpty())
        out += " The project is financed by the " + funding + '.';
    static const char* sentences[] = {
        " Bidding will be conducted through International Competitive Bidding procedures, and is open to all "
        "eligible bidders as defined in the applicable procurement regulations.",
        " Interested eligible bidders may obtain further information and inspect the bidding documents at the "
        "address below during office hours, 09:00 to 16:00 local time.",
        " A pre-bid conference will be held at the project site; attendance is recommended but not compulsory.",
        " Bids must be accompanied by a bid security of 2% of the bid price and remain valid for 120 days.",
        " U.S. firms interested in this opportunity are encouraged to contact the Commercial Service at the U.S. "
        "Embassy for market entry support.",
        " The scope includes design, supply, installation, testing and commissioning, training of operators, and a "
        "two-year defects liability period.",
        " Joint ventures with local firms are welcome; foreign bidders must register with the national procurement "
        "portal before submission.",
        " Electronic bidding is mandatory – late bids will be rejected and returned unopened.",
    };
    constexpr int poolSize = int(std::size(sentences));
    std::array<int, poolSize> order {};
    for (int i = 0; i < poolSize; ++i)
        order[size_t(i)] = i;
    const qint64 count = rng.range(0, 2);
    for (int i = 0; i < count; ++i) {
        std::swap(order[size_t(i)], order[size_t(i + rng.below(poolSize - i))]);
        out += sentences[order[size_t(i)]];
    }
    if (end.isValid())
        out += " The deadline for submission of bids is " + ymd(end) + '.';
    return out;
}

// ---------------------------------------------------------------------------------------
// Envelopes and files
// ---------------------------------------------------------------------------------------

QByteArray itaEnvelopeHead(QDate anchor, qint64 total, qint64 offset)
{
    QByteArray out = "{\"total\":" + QByteArray::number(total) + ",\"offset\":" + QByteArray::number(offset)
        + ",\"sources_used\":[";
    const ItaSource sources[]
        = { ItaSource::State, ItaSource::Canada, ItaSource::Uk, ItaSource::Fbo, ItaSource::Australia };
    int i = 0;
    for (const ItaSource s : sources) {
        if (i > 0)
            out += ',';
        QByteArray updated = ymd(anchor.addDays(-1)) + 'T';
        appendTime(updated, 18 * 3600 + 2 * 60 + i * 7);
        updated += "+00:00";
        QByteArray imported = ymd(anchor) + 'T';
        appendTime(imported, 3 * 3600 + i * 131);
        imported += "+00:00";
        out += "{\"source\":\"" + itaSourceCode(s) + "\",\"source_last_updated\":\"" + updated
            + "\",\"last_imported\":\"" + imported + "\"}";
        ++i;
    }
    out += "],\"search_performed_at\":\"" + ymd(anchor) + "T12:00:00+00:00\",\"results\":[";
    return out;
}

class Sink final
{
public:
    explicit Sink(const QString& path)
        : m_file(path)
    {
    }
    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    void add(const QByteArray& bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= 1 << 20)
            flush();
    }
    void flush()
    {
        if (m_buffer.isEmpty() || !m_ok)
            return;
        m_ok = m_file.write(m_buffer) == m_buffer.size();
        m_bytes += m_buffer.size();
        m_buffer.clear();
    }
    bool finish()
    {
        flush();
        m_file.close();
        return m_ok && m_file.error() == QFileDevice::NoError;
    }
    QString errorString() const { return m_file.errorString(); }
    qint64 bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_bytes = 0;
    bool m_ok = true;
};

bool writeWhole(const QString& path, const QByteArray& bytes, WriteResult& result)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    result.files.append(path);
    result.bytes += bytes.size();
    return true;
}

} // namespace

namespace LeadGen {

// ---------------------------------------------------------------------------------------

std::optional<Format> formatFromName(QStringView name)
{
    if (name == u"sam-json")
        return Format::SamJson;
    if (name == u"ita-json")
        return Format::ItaJson;
    if (name == u"sam-csv")
        return Format::SamCsv;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::SamJson:
        return QStringLiteral("sam-json");
    case Format::ItaJson:
        return QStringLiteral("ita-json");
    case Format::SamCsv:
        return QStringLiteral("sam-csv");
    }
    return {};
}

QByteArray itaSourceCode(ItaSource source)
{
    switch (source) {
    case ItaSource::State:
        return "STATE";
    case ItaSource::Canada:
        return "CANADA";
    case ItaSource::Uk:
        return "UK";
    case ItaSource::Fbo:
        return "FBO";
    case ItaSource::Australia:
        return "AUSTRALIA";
    }
    return {};
}

LeadGenerator::LeadGenerator(quint64 seed, QDate anchor)
    : m_seed(seed)
    , m_anchor(anchor.isValid() ? anchor : defaultAnchor())
{
}

QDate LeadGenerator::defaultAnchor()
{
    return QDate(2026, 1, 1);
}

QByteArray LeadGenerator::samNoticeId(qint64 index) const
{
    Rng rng(recordSeed(m_seed, SaltSam, index));
    return hexId(rng, 32);
}

QByteArray LeadGenerator::samRecordJson(qint64 index) const
{
    const SamNotice n = makeNotice(m_seed, m_anchor, index);
    QByteArray out;
    out.reserve(2500);
    JsonOut json(out);
    writeSamJson(json, n);
    return out;
}

QByteArray LeadGenerator::samCsvHeader()
{
    return "NoticeId,Title,Sol#,Department/Ind.Agency,CGAC,Sub-Tier,FPDS Code,Office,AAC Code,PostedDate,Type,"
           "BaseType,ArchiveType,ArchiveDate,SetASideCode,SetASide,ResponseDeadLine,NaicsCode,ClassificationCode,"
           "PopStreetAddress,PopCity,PopState,PopZip,PopCountry,Active,AwardNumber,AwardDate,Award$,Awardee,"
           "PrimaryContactTitle,PrimaryContactFullname,PrimaryContactEmail,PrimaryContactPhone,PrimaryContactFax,"
           "SecondaryContactTitle,SecondaryContactFullname,SecondaryContactEmail,SecondaryContactPhone,"
           "SecondaryContactFax,OrganizationType,State,City,ZipCode,CountryCode,AdditionalInfoLink,Link,"
           "Description\r\n";
}

QByteArray LeadGenerator::samCsvRow(qint64 index) const
{
    const SamNotice n = makeNotice(m_seed, m_anchor, index);
    const Agency& a = *n.agency;
    Rng style(recordSeed(m_seed, SaltSamCsv, index));

    const int postedOffset = utcOffsetMinutes(n.zone, n.postedUtc.date);
    const Stamp postedLocal = shifted(n.postedUtc, postedOffset);
    const QByteArray posted = style.percent(85) ? csvLocalText(postedLocal, n.postedMillis, postedOffset)
                                                : isoLocalText(postedLocal, postedOffset);
    QByteArray deadline;
    if (n.hasDeadline) {
        const int offset = utcOffsetMinutes(n.zone, n.deadlineLocal.date);
        const qint64 draw = style.below(100);
        if (draw < 75)
            deadline = isoLocalText(n.deadlineLocal, offset);
        else if (draw < 90)
            deadline = csvLocalText(n.deadlineLocal, 0, offset);
        else
            deadline = mdy(n.deadlineLocal.date);
    }
    const auto dateText = [&style](QDate d) -> QByteArray {
        if (!d.isValid())
            return {};
        return style.percent(70) ? ymd(d) : mdy(d);
    };
    const QByteArray archive = dateText(n.archiveDate);
    const QByteArray awardDate = n.hasAward ? dateText(n.awardDate) : QByteArray();

    const Contact* primary = nullptr;
    const Contact* secondary = nullptr;
    for (const Contact& c : n.contacts)
        (c.type == "primary" ? primary : secondary) = &c;

    QByteArray awardee;
    if (n.hasAward) {
        awardee = n.awardee;
        if (style.percent(50))
            awardee += QByteArray(", ") + n.awardeePlace->city + ", " + n.awardeePlace->state + ' '
                + n.awardeePlace->zip + ", USA";
    }

    const QByteArray fields[] = {
        n.noticeId,
        n.title,
        n.solicitationNumber,
        a.department,
        a.cgac,
        a.subTier,
        a.fpds,
        a.office,
        a.aac,
        posted,
        n.type,
        n.baseType,
        n.archiveType,
        archive,
        n.setAside ? QByteArray(n.setAside->code) : QByteArray(),
        n.setAside ? QByteArray(n.setAside->description) : QByteArray(),
        deadline,
        n.naics->code,
        n.psc,
        n.pop ? n.popStreet : QByteArray(),
        n.pop ? QByteArray(n.pop->city) : QByteArray(),
        n.pop ? QByteArray(n.pop->state) : QByteArray(),
        n.pop ? QByteArray(n.pop->zip) : QByteArray(),
        n.pop ? QByteArray("USA") : QByteArray(),
        n.active ? "Yes" : "No",
        n.awardNumber,
        awardDate,
        n.hasAward ? money(n.awardCents) : QByteArray(),
        awardee,
        primary ? primary->title : QByteArray(),
        primary ? primary->fullName : QByteArray(),
        primary ? primary->email : QByteArray(),
        primary ? primary->phone : QByteArray(),
        primary ? primary->fax : QByteArray(),
        secondary ? secondary->title : QByteArray(),
        secondary ? secondary->fullName : QByteArray(),
        secondary ? secondary->email : QByteArray(),
        secondary ? secondary->phone : QByteArray(),
        secondary ? secondary->fax : QByteArray(),
        n.organizationTypeNull ? QByteArray() : QByteArray("OFFICE"),
        n.officeAddressNull ? QByteArray() : QByteArray(a.state),
        n.officeAddressNull ? QByteArray() : QByteArray(a.city),
        n.officeAddressNull ? QByteArray() : QByteArray(a.zip),
        n.officeAddressNull ? QByteArray() : QByteArray("USA"),
        n.additionalInfoLink,
        "https://sam.gov/opp/" + n.noticeId + "/view",
        samDescription(n, m_seed, index),
    };
    QByteArray row;
    row.reserve(4096);
    bool first = true;
    for (const QByteArray& f : fields) {
        if (!first)
            row += ',';
        first = false;
        appendCsvField(row, f);
    }
    row += "\r\n";
    return row;
}

ItaSource LeadGenerator::itaSource(qint64 index) const
{
    Rng rng(recordSeed(m_seed, SaltIta, index));
    return sourceFromDraw(rng.next());
}

QByteArray LeadGenerator::itaRecordJson(qint64 index) const
{
    return itaRecordJson(index, itaSource(index));
}

QByteArray LeadGenerator::itaRecordJson(qint64 index, ItaSource source) const
{
    Rng rng(recordSeed(m_seed, SaltIta, index));
    rng.next(); // the source draw, so that a forced source leaves the rest of the record as it was

    const QByteArray id = hexId(rng, 40);
    const ItaCategory& cat = rng.pick(itaCategories());
    QDate published;
    QDate end;
    drawWindow(rng, m_anchor, published, end);
    if (rng.percent(3))
        published = QDate();
    if (rng.percent(7))
        end = QDate();

    const Country* country = nullptr;
    QByteArray where;
    const FboPlace* fboPlace = nullptr;
    const Agency* fboAgency = nullptr;
    switch (source) {
    case ItaSource::State:
        country = &rng.pick(stateCountries());
        where = QByteArray(rng.pick(country->cities)) + ", " + country->name;
        break;
    case ItaSource::Canada:
        country = &canada();
        where = rng.pick(kCanadaLocations);
        break;
    case ItaSource::Uk:
        country = &unitedKingdom();
        where = rng.pick(kUkRegions);
        break;
    case ItaSource::Fbo:
        fboPlace = rng.percent(35) ? &fboPlaces().front()
                                   : &fboPlaces()[size_t(1 + rng.below(qint64(fboPlaces().size()) - 1))];
        country = &fboPlace->country;
        fboAgency = &pickWeighted(rng, agencies());
        if (fboPlace->location) {
            where = fboPlace->location;
        } else {
            const Place& p = rng.pick(places());
            where = QByteArray(p.city) + ", " + p.state;
        }
        break;
    case ItaSource::Australia:
        country = &australia();
        where = rng.pick(kAusStates);
        break;
    }

    QByteArray title = rng.pick(cat.titles);
    if (source == ItaSource::State && rng.percent(40))
        title = QByteArray(country->name) + " – " + title;
    if (source == ItaSource::Canada && rng.percent(35))
        title += QByteArray(" - ") + cat.frenchTitle;
    Category fboCategory = Parts;
    QByteArray fboNoun;
    if (source == ItaSource::Fbo) {
        fboCategory = rng.pick(fboAgency->work);
        fboNoun = fboCategory == Parts ? QByteArray(rng.pick(partNouns()).noun)
                                       : QByteArray(rng.pick(categories()[size_t(fboCategory)].nouns));
        title = fboNoun + " – " + where;
    }

    QByteArray out;
    out.reserve(2000);
    JsonOut json(out);
    json.beginObject();
    json.field("id", id);
    json.field("source", itaSourceCode(source));
    json.field("country", country->code);
    json.field("country_name", country->name);
    json.field("title", title);

    QByteArray organisation;
    QByteArray funding;
    QByteArray opening;
    qint64 orgIndex = 0;
    switch (source) {
    case ItaSource::State:
        organisation = QByteArray(cat.ministry) + " of " + country->name;
        funding = rng.pick(kFundingSources);
        opening
            = "The " + organisation + " invites sealed bids from eligible bidders for " + title + " in " + where + '.';
        break;
    case ItaSource::Canada:
        organisation = "Public Services and Procurement Canada";
        opening = organisation + " has a requirement for " + title + " on behalf of its client department in " + where
            + '.';
        break;
    case ItaSource::Uk:
        orgIndex = rng.below(qint64(std::size(kUkOrganisations)));
        organisation = kUkOrganisations[orgIndex];
        opening = organisation + " is seeking suppliers for " + title + " (" + where + ").";
        break;
    case ItaSource::Fbo:
        organisation = fboAgency->office;
        opening = organisation + " (" + fboAgency->subTier + ") has a requirement for " + fboNoun
            + "; place of performance " + where + '.';
        break;
    case ItaSource::Australia:
        orgIndex = rng.below(qint64(std::size(kAusOrganisations)));
        organisation = kAusOrganisations[orgIndex];
        opening = organisation + " invites responses to this approach to market for " + title + " (" + where + ").";
        break;
    }
    json.field("description", itaDescription(rng, opening, funding, end));
    json.optional("publish_date", published.isValid() ? ymd(published) : QByteArray());
    json.optional("end_date", end.isValid() ? ymd(end) : QByteArray());

    switch (source) {
    case ItaSource::State: {
        json.field("url", "https://bids.state.gov/lead/" + QByteArray::number(rng.range(10000, 99999)));
        json.field("type", rng.pick(kStateLeadTypes));
        json.field("specific_location", where);
        json.field("project_number", "P" + QByteArray::number(rng.range(150000, 189999)));
        json.field("industry", cat.stateIndustry);
        json.key("project_size").number(rng.range(5, 2000) * 100000);
        json.field("tags", cat.tags);
        json.field("funding_source", funding);
        json.field("borrowing_entity", QByteArray("Government of ") + country->name);
        json.field("procurement_organization", organisation);
        const QByteArray poc
            = contactLine(rng, QByteArray(cat.ministrySlug) + ".gov." + QByteArray(country->code).toLower(), false, "");
        json.field("project_pocs", poc);
        json.optional("comments",
            rng.percent(50) ? QByteArray("Contact the Commercial Section of the U.S. Embassy in ") + country->name
                    + " for advocacy support."
                            : QByteArray());
        const Name& officer = rng.pick(kLastNames);
        json.field("submitting_officer", QByteArray("Commercial Officer ") + officer.display);
        json.field("submitting_officer_contact", QByteArray(officer.ascii) + "@trade.gov");
        json.field("status", "Open");
        break;
    }
    case ItaSource::Canada: {
        const QByteArray ref = "PW-$$" + QByteArray(1, char('A' + rng.below(26)))
            + QByteArray(1, char('A' + rng.below(26))) + '-' + digits(rng, 3) + '-' + digits(rng, 5);
        json.key("urls").beginArray();
        json.str(
            "https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/" + ref.toLower().replace("$$", ""));
        if (rng.percent(60))
            json.str("https://buyandsell.gc.ca/procurement-data/tender-notice/" + ref.toUpper().replace("$$", ""));
        json.endArray();
        json.field("reference_number", ref);
        static const char* prefixes[] = { "W8486-", "EN578-", "EW702-", "F7013-", "21120-" };
        json.field("contract_number", QByteArray(rng.pick(prefixes)) + digits(rng, 6) + "/" + char('A' + rng.below(3)));
        QDate amended;
        if (published.isValid() && rng.percent(40))
            amended = published.addDays(rng.range(1, std::max<qint64>(1, published.daysTo(m_anchor))));
        json.optional("publish_date_amended", amended.isValid() ? ymd(amended) : QByteArray());
        json.field("status", "Active");
        json.field("industry", cat.canadaIndustry);
        json.field("specific_location", where);
        json.field("notice_type", rng.pick(kCanadaNoticeTypes));
        QByteArray agreements;
        const qint64 n = rng.range(1, 4);
        for (qint64 i = 0; i < n; ++i) {
            if (i > 0)
                agreements += " / ";
            agreements += rng.pick(kCanadaAgreements);
        }
        json.field("trade_agreement", agreements);
        json.field("bid_type", rng.pick(kCanadaBidTypes));
        json.field("competitive_procurement_strategy", rng.pick(kCanadaStrategies));
        json.field("non_competitive_procurement_strategy", rng.percent(15) ? "Exclusive Rights" : "");
        json.field("procurement_organization", organisation);
        json.field("implementing_entity", rng.pick(kCanadaEntities));
        json.field("contact", contactLine(rng, "tpsgc-pwgsc.gc.ca", true, "+1 "));
        break;
    }
    case ItaSource::Uk: {
        json.field("url", "https://www.contractsfinder.service.gov.uk/Notice/" + uuid(rng));
        json.field("reference_number", QByteArray("TENDER-") + digits(rng, 6));
        if (rng.percent(10)) {
            json.key("min_contract_value").null();
            json.key("max_contract_value").null();
        } else {
            const qint64 min = rng.range(1, 500) * 5000;
            const qint64 max = min * rng.range(1, 6);
            json.field("min_contract_value", QByteArray::number(min) + ".0");
            json.field("max_contract_value", QByteArray::number(max) + ".0");
        }
        json.field("status", "Open");
        json.field("procurement_organization", kUkOrganisations[orgIndex]);
        json.field("contact", contactLine(rng, kUkDomains[orgIndex], rng.percent(60), "+44 "));
        json.field("notice_type", rng.pick(kUkNoticeTypes));
        json.key("industry").beginArray();
        json.str(cat.ukIndustry.front());
        if (cat.ukIndustry.size() > 1 && rng.percent(50))
            json.str(cat.ukIndustry.back());
        json.endArray();
        json.field("specific_location", where);
        break;
    }
    case ItaSource::Fbo: {
        const QByteArray noticeId = hexId(rng, 32);
        json.field("url",
            rng.percent(50)
                ? "https://sam.gov/opp/" + noticeId + "/view"
                : "https://www.fbo.gov/index?s=opportunity&mode=form&id=" + noticeId + "&tab=core&_cview=0");
        json.field("reference_number", QByteArray(fboAgency->aac) + "26" + "Q" + digits(rng, 4));
        json.field("notice_type", pickWeighted(rng, noticeTypes()).name);
        // FBO's industry is a NAICS code.
        json.field("industry", rng.pick(categories()[size_t(fboCategory)].naics).code);
        json.field("classification_code", rng.pick(categories()[size_t(fboCategory)].psc).code);
        json.field("procurement_organization",
            QByteArray(fboAgency->department) + '/' + fboAgency->subTier + '/' + fboAgency->office);
        json.field("procurement_office", fboAgency->office);
        json.field("procurement_organization_address",
            QByteArray(fboAgency->city) + ", " + fboAgency->state + ' ' + fboAgency->zip);
        json.field("specific_location", where);
        json.optional("competitive_procurement_strategy",
            rng.percent(50) ? QByteArray(pickWeighted(rng, setAsides()).description) : QByteArray());
        json.field("contact", contactLine(rng, fboAgency->domain, true, "+1 "));
        json.field("status", "Open");
        break;
    }
    case ItaSource::Australia: {
        json.field("url", "https://www.tenders.gov.au/Atm/Show/" + uuid(rng));
        json.field("reference_number", QByteArray(kAusAbbrev[orgIndex]) + "/RFT/" + digits(rng, 4));
        json.field("status", "Open");
        json.field("procurement_organization", kAusOrganisations[orgIndex]);
        json.field("notice_type", rng.pick(kAusNoticeTypes));
        json.field("industry", cat.australiaIndustry);
        json.field("specific_location", where);
        json.field("contact", contactLine(rng, kAusDomains[orgIndex], rng.percent(50), "+61 "));
        break;
    }
    }

    std::vector<const char*> industries = { cat.itaIndustries.front() };
    if (source == ItaSource::Fbo)
        industries = { kItaIndustryOfCategory[fboCategory] };
    else if (cat.itaIndustries.size() > 1 && rng.percent(50))
        industries.push_back(cat.itaIndustries.back());
    writeStringArray(json, "ita_industries", industries);
    writeStringArray(json, "trade_regions", country->tradeRegions);
    writeStringArray(json, "world_regions", country->worldRegions);
    json.endObject();
    return out;
}

QByteArray LeadGenerator::samPage(
    qint64 firstIndex, qint64 count, qint64 totalRecords, qint64 limit, qint64 offset) const
{
    QByteArray out;
    out.reserve(int(std::min<qint64>(count, 1000) * 2200 + 128));
    out += "{\"totalRecords\":" + QByteArray::number(totalRecords) + ",\"limit\":" + QByteArray::number(limit)
        + ",\"offset\":" + QByteArray::number(offset) + ",\"opportunitiesData\":[";
    for (qint64 i = 0; i < count; ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += samRecordJson(firstIndex + i);
    }
    out += "\n]}\n";
    return out;
}

QByteArray LeadGenerator::itaPage(qint64 firstIndex, qint64 count, qint64 total, qint64 offset) const
{
    QByteArray out = itaEnvelopeHead(m_anchor, total, offset);
    for (qint64 i = 0; i < count; ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += itaRecordJson(firstIndex + i);
    }
    out += "\n]}\n";
    return out;
}

// ---------------------------------------------------------------------------------------
// Writing to disk
// ---------------------------------------------------------------------------------------

WriteResult write(const LeadGenerator& generator, const WriteRequest& request)
{
    WriteResult result;
    if (request.count < 0 || request.startIndex < 0) {
        result.error = QStringLiteral("count and start index must not be negative");
        return result;
    }
    if (request.out.isEmpty()) {
        result.error = QStringLiteral("no output path");
        return result;
    }
    const bool pages = request.format != Format::SamCsv
        && (QFileInfo(request.out).isDir() || request.out.endsWith(QLatin1Char('/')));

    if (pages) {
        if (!QDir().mkpath(request.out)) {
            result.error = QStringLiteral("cannot create directory %1").arg(request.out);
            return result;
        }
        const bool sam = request.format == Format::SamJson;
        const qint64 size = request.pageSize > 0 ? request.pageSize : (sam ? 1000 : 100);
        const qint64 pageCount = request.count == 0 ? 1 : (request.count + size - 1) / size;
        const QDir dir(request.out);
        for (qint64 p = 0; p < pageCount; ++p) {
            const qint64 first = p * size;
            const qint64 n = std::min(size, request.count - first);
            const QByteArray bytes = sam ? generator.samPage(request.startIndex + first, n, request.count, size, p)
                                         : generator.itaPage(request.startIndex + first, n, request.count, first);
            const QString name = QStringLiteral("page-%1.json").arg(p + 1, 5, 10, QLatin1Char('0'));
            if (!writeWhole(dir.filePath(name), bytes, result))
                return result;
        }
        return result;
    }

    const QString parent = QFileInfo(request.out).absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = QStringLiteral("cannot create directory %1").arg(parent);
        return result;
    }
    Sink sink(request.out);
    if (!sink.open()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(request.out, sink.errorString());
        return result;
    }
    switch (request.format) {
    case Format::SamCsv:
        sink.add(LeadGenerator::samCsvHeader());
        for (qint64 i = 0; i < request.count; ++i)
            sink.add(generator.samCsvRow(request.startIndex + i));
        break;
    case Format::SamJson:
        sink.add("{\"totalRecords\":" + QByteArray::number(request.count)
            + ",\"limit\":" + QByteArray::number(request.count) + ",\"offset\":0,\"opportunitiesData\":[");
        for (qint64 i = 0; i < request.count; ++i) {
            sink.add(i == 0 ? "\n" : ",\n");
            sink.add(generator.samRecordJson(request.startIndex + i));
        }
        sink.add("\n]}\n");
        break;
    case Format::ItaJson:
        sink.add(itaEnvelopeHead(generator.anchor(), request.count, 0));
        for (qint64 i = 0; i < request.count; ++i) {
            sink.add(i == 0 ? "\n" : ",\n");
            sink.add(generator.itaRecordJson(request.startIndex + i));
        }
        sink.add("\n]}\n");
        break;
    }
    if (!sink.finish()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(request.out, sink.errorString());
        return result;
    }
    result.files.append(request.out);
    result.bytes = sink.bytes();
    return result;
}

} // namespace LeadGen
