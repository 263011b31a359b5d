// Nationality and group adjectives ("Russian", "Indian"): never entities on their own; before a
// title ("Indian Prime Minister") they are dropped from the role.

const words = (s: string) => s.trim().split(/\s+/);

export const DEMONYMS = new Set(
  words(`
  afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
  bahraini bangladeshi belarusian belgian beninese bhutanese bolivian bosnian brazilian british bulgarian burmese burundian
  cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch
  ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino finnish french gabonese gambian
  georgian german ghanaian greek guatemalan guinean haitian honduran hungarian icelandic indian indonesian iranian iraqi
  irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao laotian
  latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian maldivian malian maltese
  mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nepali nigerian nigerien
  norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian
  rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali african sudanese spanish
  swedish swiss syrian taiwanese tajik tanzanian thai togolese tunisian turkish turkmen ugandan ukrainian uruguayan
  uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean asian arab arabic hispanic latino latina
  muslim christian jewish hindu sikh buddhist catholic protestant orthodox sunni shia shiite kurdish pashtun
  tamil punjabi bengali gujarati marathi kashmiri tibetan uyghur uighur rohingya yazidi hazara baloch druze alawite cossack western eastern
  northern southern
  soviet communist islamist jihadist zionist chechen crimean catalan basque flemish walloon bavarian texan californian
  new-zealander kiwi briton britons scot scots irishman frenchman englishman
  afghans americans australians britons canadians chinese europeans germans indians iranians iraqis israelis italians
  japanese koreans mexicans nigerians pakistanis palestinians russians saudis syrians ukrainians muslims christians jews
  hindus sikhs kurds arabs africans asians latinos
  `),
);
