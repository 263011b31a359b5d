// Cue words inside a name that tell its type ("Ministry of Defence", "Apple Inc", "Gulf of Mexico").

const words = (s: string) => s.trim().split(/\s+/);

/** Last (or first, before "of") word of an organization's name. */
export const ORG_CUES = new Set(
  words(`
  ministry ministries department agency agencies authority authorities bureau commission committee council councils
  board office directorate administration service services corps force forces army navy police guard militia
  party parties movement front alliance coalition league union federation confederation association associations
  society institute institution foundation fund trust laboratory laboratories lab labs observatory
  university college school academy polytechnic seminary hospital clinic library orchestra
  inc inc. corp corp. corporation co co. ltd ltd. llc plc gmbh ag sa nv bv company companies group holdings industries
  enterprises partners bank banks exchange airlines airline airways railways motors motor auto automotive aerospace aircraft
  airplanes pharmaceuticals systems technologies technology railway railroad railroads analytics ventures logistics solutions
  brewery
  networks network communications media news press times post journal herald tribune gazette telegraph guardian chronicle
  magazine radio tv television broadcasting studios pictures records publishing publishers club fc united brigade brigades
  court tribunal parliament assembly senate congress cabinet government commission diocese
  organization organisation organizations organisations order brotherhood brothers bros network initiative
  consortium cooperative co-op syndicate mission embassy consulate secretariat panel caucus chamber registry
  diagnostics properties commodities orchards farms dairies vineyards winery distillery bakery foods beverages brands
  capital associates advisors advisers consulting consultants insurance assurance securities investments bancorp
  mining minerals metals petroleum energy utilities pharma pharmacy pharmacies therapeutics biosciences biotech
  robotics software microsystems semiconductor semiconductors electronics telecom telecoms airline carriers
  forum collective co-operative guild fellowship federation constabulary taskforce schools
  limited llp pty pte bhd spa fm institutet institut instituut division battalion regiment legislature rail
  ledger courier observer bulletin dispatch inquirer enquirer examiner mercury advertiser argus clarion
  health healthcare undertaking transit research insights recycling power electric
  band sextet quintet quartet trio octet ensemble choir
  automation composites textiles apparel garments knitwear brewing audio rx municipality municipalities
  resorts spas hotels sons exchanges clearing nation coaches tours
  constructions construction builders homes developments sabha parishad samiti sangh morcha dal
  `),
);

/** Heads of a body that is also a building: after "at" the name is where something happens ("sentenced at Bolton Crown Court"). */
export const VENUE_HEADS = new Set(words('court hospital infirmary school library clinic polyclinic'));

/** Venue words that a sponsor's name may precede and a place follow ("FMG Stadium Waikato", "Sky Arena Hamilton"). */
export const SPONSORED_VENUE_WORDS = new Set(words('stadium arena park oval ground grounds centre center dome field'));

/** A district named for what it runs is a public body ("Fresno County Fire Protection District", "Lubbock Independent School District"). */
export const DISTRICT_FUNCTIONS = new Set(
  words(`school schools fire protection control water sanitation sanitary irrigation utility utilities transit park parks
  library hospital health conservation sewer drainage flood improvement`),
);

/** Words that end a place name. */
export const PLACE_CUES = new Set(
  words(`
  city town village county province state states district region territory island islands isles peninsula republic kingdom
  emirates mountains mountain mount mt hills hill valley river lake sea ocean gulf bay strait straits canal coast desert
  forest park square street st avenue ave road boulevard bridge airport station port harbour harbor beach falls plain plains
  plateau basin delta heights springs creek canyon highlands lowlands oblast krai prefecture governorate borough
  center centre museum gallery zoo aquarium theatre theater airport airfield base stadium arena palace castle cathedral church mosque
  temple synagogue shrine tower building hall plaza mall market prison jail camp memorial monument garden gardens
  hotel planetarium complex facility factory terminal pier dam refinery hangar oceans seas
  highway interstate motorway expressway freeway route quay wharf
  reef reefs lagoon atoll glacier fjord wetlands dunes playground playhouse waterfront showground showgrounds course fork
  elementary home towers estate estates flats apartments
  `),
);

/** Words before "of" that start an organization ("Bank of England", "University of Texas"). */
export const ORG_OF_HEADS = new Set(
  words(`
  team club
  ministry department bank university college institute school academy museum council commission board office bureau
  church house court federation union association society league party chamber order army navy government
  people's united organization organisation agency authority confederation municipality
  foundation trust fund alliance coalition committee
  action campaign centre center centres centers citizens friends partnership
  transport institutes institutions survey services offices colleges schools academies laboratories hospitals
  `),
);

/** Words before "of" that start a place name ("Gulf of Mexico", "Republic of Korea", "City of London"). */
export const PLACE_OF_HEADS = new Set(words(`
  gulf bay sea isle island islands strait straits cape city county province state states republic kingdom district region port lake
  mount museum plains
`));

/** Capitalised words that are never part of a name in running text. */
export const NOT_NAMES = new Set(
  words(`
  i i'm i've i'd i'll ok okay tv am a.m p.m mon tue tues wed thu thur thurs fri
  monday tuesday wednesday thursday friday saturday sunday january february april june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan diwali
  the a an this that these those it its he she they we you his her their our my your
  yes no not but and or nor so yet if when while as at in on of for to by from with about after before during since
  there here where what who whom whose which why how all any some many much more most other another each every
  meanwhile however moreover also still then now today yesterday tomorrow tonight
  is are was were does did has have had isn't aren't wasn't weren't doesn't didn't hasn't haven't could would should
  image photo picture video source sources file caption credit update updated editor's note read watch listen
  `),
);

/** All-caps words that are not organizations: shouting, units, common abbreviations. */
export const NOT_ACRONYMS = new Set(
  words(`
  i ok tv ceo cfo coo cto gdp am pm a.m p.m ad bc ce bce usd eur gbp inr rs kg km mph kmh cm mm gb mb tb dna rna hiv aids
  covid ai it hr pr vip faq diy asap fyi aka vs etc id pc ip url html pdf gps atm suv sms lol omg ps pps rip
  utc gmt est edt cst cdt mst mdt pst pdt cet cest bst ist jst aest msk
  mw gw kw kwh km² ufo ev evs lng lpg cng usb cd dvd nb n.b eta
  qc kc sc obe mbe cbe kbe phd sdk lcd led oled os iq api cpu gpu ram rom hd hdmi vr ar mp3 mp4 vat gst ipo mro xwb
  a&e cctv mri icu ppe hq ngo ngos cv mba gcse rsvp saas ebitda eps q1 q2 q3 q4 h1 h2
  gp gps mmr hpv bcg ecg ivf pht hkt sast nzst nzdt aedt awst acst pkt wib et hk
  `),
);

/** Words for a scale after a figure ("R45 million", "Rs 3 crore"): the figure before is money, not a name. */
export const MONEY_SCALES = new Set(words('million millions billion billions trillion bn mn m crore crores lakh lakhs'));

/** Capitalised names that are not people, organizations or places: market indices, the Internet. */
export const NOT_ENTITIES = new Set(
  [
    'dow jones', 'dow jones industrial average', 'dow', 'djia', 'ftse', 'ftse 100', 'nikkei', 'nikkei 225', 'nasdaq composite',
    'first nation', 'first nations', 'general election', 'general elections',
    's&p', 's&p 500', 'hang seng', 'dax', 'cac', 'cac 40', 'sensex', 'nifty', 'kospi', 'internet', 'web', 'world wide web',
    'god', 'allah', 'bible', 'koran', 'quran', 'new year', "new year's", 'covid-19', 'covid', 'coronavirus',
  ],
);

/** Organization words that name one body of the state even alone ("the Government", "the Legislature"): unique where the story is. */
export const STATE_INSTITUTIONS = new Set(words('government legislature parliament cabinet senate congress assembly administration house'));
