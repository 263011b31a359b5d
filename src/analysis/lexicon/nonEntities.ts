// Cue words for capitalised names that are not people, organizations or places: products, works,
// events, laws, programmes and vehicles ("Clean Air Act", "World Cup", "MacBook Pro", "Space
// Shuttle Atlantis", "the novel Angel Catbird"). Lower-case keys.

const words = (s: string) => s.trim().split(/\s+/);

/** Last word of an event, law, award, programme or study name. */
export const EVENT_LAST = new Set(
  words(`
  conference conferences summit summits festival festivals cup championship championships olympics olympiad paralympics
  expo fair fairs show awards award prize prizes trophy medal tournament marathon regatta rally
  act treaty accord accords protocol amendment doctrine
  program programs programme programmes project study survey census index average
  war crisis massacre uprising revolution referendum season day
  `),
);

/** Last word of a transit line's name ("the Yellow Line", "Central Line"): a route, not a person or an operator. */
export const ROUTE_LAST = new Set(words('line lines'));

/** Words before a final "Games" that make it an event ("Olympic Games", "Commonwealth Games"). */
export const GAMES_BEFORE = new Set(words('olympic paralympic commonwealth asian african pan-american pan youth winter summer world'));

/** Last word of a product line name ("MacBook Pro", "Windows XP", "PlayStation VR", "iPod Classic"). */
export const PRODUCT_LAST = new Set(words('pro mini max plus ultra lite nano xp vr os hd classic touch edition vista'));

/** First words that make a name a vehicle or an operation ("Space Shuttle Atlantis", "HMS Victory", "USS Cole"). */
export const VEHICLE_PREFIX = new Set(words('hms hmc hmcs hmas hmnzs uss usns rms mv ss ins rfa shuttle operation'));

/** Words that name a storm ("Typhoon Ferding", "Hurricane Ida", "Tropical Storm Erin", "Storm Ciarán"): an event, no entity. */
export const STORM_WORDS = new Set(words('typhoon typhoons hurricane cyclone storm tropical super-typhoon'));

/** Lower-case words just before a name that make it a product, work or vehicle ("the novel Angel
 *  Catbird", "the orbiter Discovery", "the browser Firefox"). */
export const PRODUCT_BEFORE = new Set(
  words(`
  shuttle orbiter spacecraft spaceship ship vessel yacht submarine warship frigate destroyer cruiser tanker ferry liner
  rover probe satellite rocket telescope locomotive
  novel film movie book album song single sitcom opera musical painting sculpture documentary videogame game
  browser app software database drug vaccine
  `),
);

/** Lower-case words just after a name that make it a product ("Polaroid camera", "MacBook laptops"). */
export const PRODUCT_AFTER = new Set(
  words(`
  laptop laptops notebook notebooks computer computers tablet tablets phone phones smartphone smartphones handset handsets
  console consoles browser browsers software app apps camera cameras jet jets jetliner jetliners airliner airliners
  aircraft sedan sedans suv suvs truck trucks pickup minivan hatchback database format cans installation installations
  processor processors chip chips vaccine vaccines pill pills
  `),
);

/** Words after a name that make it a market index ("Nikkei index", "Dow Jones industrial average"). */
export const INDEX_AFTER = new Set(words('index indices indexes average composite'));

/** Road and numbered-place words: a number after them is part of a place, not a model number ("Route 66"). */
export const NUMBERED_PLACES = new Set(words(`
  route highway interstate road street avenue pier gate terminal platform building block sector zone district ward area camp base pad
  station channel radio us
`));
