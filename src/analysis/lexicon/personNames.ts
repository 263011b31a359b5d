// Given names and surnames from many cultures, lower-case. Not exhaustive: they help decide that
// a capitalised run is a person when compromise does not know the name (most non-Western names).

const words = (s: string) => s.trim().split(/\s+/);

export const GIVEN_NAMES = new Set(
  words(`
  aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alfred alice alicia alison allen amanda amber
  amy andrea andrew andy angela angelina anita ann anna anne annie anthony antonio april arthur ashley audrey austin barbara
  barry ben benjamin bernard bernie beth betty beverly bill billy bob bobby bonnie brad bradley brandon brenda brian bridget
  brittany brooke bruce bryan caitlin calvin cameron carl carla carlos carmen carol caroline carolyn carrie catherine cathy
  charles charlie charlotte chelsea cheryl chris christian christina christine christopher chuck cindy claire clara clarence
  claudia clifford clint colin connie craig crystal curtis cynthia dale dan dana daniel danielle danny darren dave david dawn
  dean deborah debra dennis derek diana diane donald donna doris dorothy doug douglas dylan earl eddie edith edward eileen
  elaine eleanor elijah elizabeth ellen emily emma eric erica erin ernest ethan eugene evelyn frances francis frank fred
  frederick gabriel gail gary gavin gene george gerald gina glen glenn gloria gordon grace graham greg gregory hannah harold
  harry harvey heather helen henry herbert holly howard hugh ian isaac jack jackie jacob jacqueline james jamie jane janet
  janice jason jay jean jeff jeffrey jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joanne joe joel john johnny
  jon jonathan jordan joseph josh joshua joyce judith judy julia julie justin karen kate katherine kathleen kathryn kathy katie
  keith kelly ken kenneth kevin kim kimberly kirk kyle larry laura lauren lawrence leah lee leonard leslie lillian linda lisa
  logan lois lori louis louise lucy luke lynn madison malcolm marcus margaret maria marie marilyn mark martha martin marvin
  mary matt matthew megan melanie melissa michael michelle mike mildred mitch mitchell molly monica nancy natalie nathan neil
  nicholas nick nicole noah norma norman oliver olivia oscar pamela patricia patrick paul paula peggy penny peter phil philip
  phillip phyllis rachel ralph randy ray raymond rebecca regina richard rick ricky rita rob robert robin rodney roger ron
  ronald rose roy ruby russell ruth ryan sally sam samantha samuel sandra sara sarah scott sean seth shannon sharon shawn
  sheila shirley sophia stacy stanley stephanie stephen steve steven stuart susan suzanne sylvia tammy tara ted teresa terry
  theresa thomas tim timothy tina todd tom tommy tony tracy travis tyler valerie vanessa victor victoria vincent virginia
  walter wanda warren wayne wendy william willie wilson zachary hillary barack joe kamala nancy mitt rand marco ted jeb
  boris theresa rishi keir liz angela olaf emmanuel justin jacinda scott malcolm tony gordon nicola gavin ron
  mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein hussain omar umar abdullah abdul abdel abdel-fattah khalid
  khaled mahmoud mahmud mustafa mostafa ibrahim ismail yusuf youssef yousef salman faisal fahd hamad hamid tariq tarek karim
  kareem nasser nasir walid waleed saeed said sami samir amir ayman bashar hafez hosni anwar gamal jamal rami ziad fadi
  nabil hisham hani hazem imad adel adil bilal osama usama rashid rashed majid saad sultan talal turki nawaf bandar fatima
  aisha ayesha khadija mariam maryam zainab layla leila noor nour huda hana yasmin yasmine amina salma rania rana lina dina
  reem sara farah nadia hiba ghada mona abbas ashraf jawad qasim kassem haidar hezbollah yahya zayed mansour sheikh
  benjamin yair naftali ehud ariel shimon yitzhak golda moshe avigdor gideon itamar bezalel yoav benny isaac herzog
  recep tayyip ahmet mehmet mustafa kemal erdogan binali hakan
  narendra rahul sonia manmohan atal amit arvind mamata yogi nitish lalu akhilesh mayawati sharad uddhav devendra shivraj
  subrahmanyam jaishankar rajnath nirmala piyush smriti nitin jyotiraditya sushma arun venkaiah pranab ram nath droupadi
  shashi kapil digvijay ashok sachin virat rohit mahendra sourav anil mukesh ratan gautam azim nandan sundar satya
  indra raghuram urjit shaktikanta priyanka rajiv sanjay indira jawaharlal mahatma mohandas vallabhbhai subhas bhagat
  aditya ajay ajit akash amitabh ananya anand anil anjali ankit anupam arjun aryan ashish deepak deepika dev dinesh
  gaurav harish hemant jitendra kiran krishna kumar lakshmi madhav mahesh manish manoj meena mohan mukul naveen neha nikhil
  nisha pankaj pooja pradeep prakash pramod prashant pratap praveen priya rajesh rakesh ramesh ravi rekha sandeep sanjeev
  santosh sarita shankar shanti shiv shyam sita sonam sunil sunita suresh swati tarun usha varun vijay vikas vikram vinod
  vivek yash yogesh anurag bhupendra eknath hardeep jagdeep kiren mallikarjun omar farooq mehbooba imran nawaz shehbaz
  asif bilawal benazir zulfikar pervez maryam shahid sheikh hasina khaleda mujibur ranil mahinda gotabaya sajith
  pushpa kamal prachanda sher bahadur
  vladimir sergey sergei dmitry dmitri mikhail alexei alexey aleksei andrei andrey nikolai nikolay ivan igor yuri yury oleg
  boris viktor victor valentina valery valeri anatoly gennady yevgeny evgeny yevgeniy pavel pyotr grigory konstantin
  maxim maksim roman ruslan ramzan timur denis artem artyom kirill leonid vadim vitaly vitali vyacheslav stanislav
  svetlana tatiana tatyana olga natalia natalya irina elena yelena ekaterina yekaterina anastasia marina galina ludmila
  lyudmila nadezhda vera alla oksana yulia yuliya alina daria darya ksenia maria sofia polina veronika zelensky volodymyr
  petro leonid taras mykola mykhailo oleksandr oleksiy dmytro andriy serhiy vitaliy yuriy bohdan kyrylo denys
  xi jinping li qiang keqiang wang yi hu jintao wen jiabao jiang zemin deng xiaoping mao zedong zhou enlai zhao chen liu yang
  huang wu zhang lin sun ma zhu guo he gao luo zheng liang xie tang han cao feng dong xu ye yan wei jun hua ming hong
  jian ping qing xiaoming xiaolong lei jie bo fang hui jing lan mei na ying yan yu zhen zhi tsai ing-wen lai ching-te
  shinzo fumio yoshihide junichiro naruhito akihito hirohito taro hiroshi takeshi kenji yuki haruki yoko akira hideki
  kazuo koji makoto masahiro naoki satoshi shigeru shinji tadashi takashi tetsuya yasuo yoshiro kishida abe suga
  moon jae-in yoon suk-yeol park geun-hye kim jong-un jong-il il-sung lee myung-bak min-jun seo-yeon ji-woo
  nguyen thi van minh duc hung tuan anh linh phuong joko widodo prabowo subianto sukarno suharto megawati anwar
  mahathir najib rodrigo ferdinand bongbong gloria corazon benigno thaksin yingluck prayut hun sen aung san suu kyi
  min aung hlaing
  nelson thabo jacob cyril julius winnie desmond kofi ban antonio ellen uhuru william raila mwai daniel arap yoweri
  paul abiy meles haile hailemariam sahle-work isaias salva riek omar abdel-fattah muammar moammar gaddafi idriss
  muhammadu goodluck olusegun bola atiku yemi peter ngozi chinua wole chimamanda akinwumi emeka chukwu chidi ngozi
  oluwaseun adebayo babajide kwame kwabena akosua ama kofi yaw nana akufo-addo mahama jerry john kenneth robert emmerson
  morgan nelson hage sam samia john magufuli jakaya kikwete felix joseph laurent etienne macky abdoulaye alassane
  laurent ibrahim mahamadou assimi blaise thomas ellen george paul kagame pierre nkurunziza
  luiz inacio lula jair dilma michel fernando henrique cristina alberto javier mauricio andres manuel lopez obrador
  claudia sheinbaum enrique pena felipe vicente hugo nicolas evo rafael lenin gustavo ivan alvaro juan jose luis carlos
  miguel pedro pablo diego sergio jorge ricardo eduardo francisco javier alejandro fernando raul ramon roberto rodrigo
  santiago sebastian mateo gabriel daniela valentina camila lucia sofia isabella mariana gabriela fernanda paula carolina
  alejandra andrea adriana patricia rosa guadalupe veronica beatriz ines teresa pilar dolores mercedes consuelo ana
  gabriel boric sebastian pinera michelle bachelet pedro castillo dina boluarte guillermo lasso daniel ortega nayib bukele
  xiomara fidel raul miguel diaz-canel
  emmanuel francois jacques nicolas marine jean-luc jean-marie jean-pierre jean-claude jean-yves pierre michel philippe
  alain bernard christophe didier eric gerard henri laurent olivier pascal patrick thierry yves sylvie isabelle nathalie
  sophie camille chloe manon lea amelie brigitte segolene anne-marie marie-claire
  angela olaf friedrich helmut gerhard konrad willy frank-walter annalena robert christian markus wolfgang hans jurgen
  klaus dieter uwe horst stefan thomas andreas matthias tobias lukas jonas felix maximilian sebastian ursula ulrike
  sabine petra monika karin heike claudia annegret sahra alice
  giuseppe giorgia mario matteo silvio romano enzo luigi giovanni francesco alessandro lorenzo leonardo marco andrea
  paolo giorgio sergio carlo fabio massimo stefano roberto antonio giulia francesca chiara sara martina elisa federica
  pedro mariano jose-luis felipe santiago alberto pablo yolanda isabel
  recep viktor andrzej mateusz donald jaroslaw lech aleksander karol wojciech piotr pawel krzysztof tomasz agnieszka
  katarzyna malgorzata jan petr milos vaclav andrej robert zuzana peter igor aleksandar vucic slobodan zoran goran
  dragan milan nikola ana ivana jelena marija mirjana kyriakos alexis andreas nikos georgios konstantinos yannis dimitris
  maria eleni katerina recep
  lars anders erik magnus mette jens stefan ulf magdalena sanna sauli alexander niinisto jonas gustav olof kristersson
  jacinda chris anthony malcolm kevin julia tony scott peter penny
  pope francis benedict john paul
  simon nigel trevor alistair rhys gareth owen callum euan fraser hamish mason denise kayla fiona siobhan aoife niamh
  sinead ciara mairead
  `),
);

export const SURNAMES = new Set(
  words(`
  smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez lopez gonzalez wilson anderson thomas
  taylor moore jackson martin lee perez thompson white harris sanchez clark ramirez lewis robinson walker young allen king
  wright scott torres nguyen hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez
  phillips evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers gutierrez ortiz
  morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson watson brooks chavez wood james bennett
  gray mendoza ruiz hughes price alvarez castillo sanders patel myers long ross foster jimenez powell jenkins perry russell
  sullivan bell coleman butler henderson barnes fisher vasquez simmons romero jordan patterson alexander hamilton graham
  reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina aguilar stevens murray ford castro
  marshall owens harrison fernandez mcdonald woods washington kennedy wells vargas henry chen freeman webb tucker guzman
  burns crawford olson simpson porter hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer
  wagner black robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson nichols
  stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce vazquez hansen peters santos
  hart bradley knight elliott cunningham duncan armstrong hudson carroll lane riley andrews ray berry perkins hoffman
  johnston matthews pena richards contreras willis carpenter lawrence sandoval
  trump biden obama clinton bush reagan carter nixon kennedy johnson pence harris sanders warren pelosi mcconnell schumer
  mccarthy johnson desantis haley ramaswamy romney cruz rubio graham cheney blinken austin sullivan yellen garland powell
  kerry pompeo tillerson mattis bolton kushner giuliani mueller comey zuckerberg musk bezos gates buffett cook pichai
  nadella altman jobs wozniak dorsey murdoch soros bloomberg
  johnson sunak truss may cameron blair brown major thatcher starmer corbyn farage hunt braverman cleverly sturgeon
  macron hollande sarkozy chirac mitterrand le pen melenchon attal borne barnier merkel scholz schroeder kohl steinmeier
  baerbock habeck lindner von der leyen meloni draghi conte berlusconi renzi salvini sanchez rajoy zapatero orban duda
  morawiecki tusk kaczynski zelensky zelenskyy poroshenko yanukovych kuleba klitschko shmyhal yermak
  putin medvedev lavrov shoigu peskov gerasimov navalny gorbachev yeltsin stalin lenin khrushchev manturov mishustin
  prigozhin kadyrov zakharova nebenzya matviyenko volodin patrushev belousov lukashenko tokayev nazarbayev
  modi gandhi nehru singh shah jaishankar sitharaman goyal rajnath kejriwal banerjee yadav kumar sharma verma gupta
  agarwal agrawal mehta joshi patil desai reddy rao naidu nair menon pillai iyer iyengar chatterjee mukherjee banerjee
  bose das ghosh sen dutta chakraborty bhattacharya thackeray pawar fadnavis shinde adityanath chouhan gehlot pilot
  tharoor chidambaram jaitley swaraj advani vajpayee kovind murmu dhankhar birla ambani adani tata birla premji nilekani
  kohli tendulkar dhoni ganguly dravid sharma bumrah pant chopra kapoor khan bachchan padukone
  sharif bhutto zardari khan bajwa munir hasina zia wickremesinghe rajapaksa dahal deuba oli
  xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng
  deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao lu jin jiang tsai lai ko
  kishida abe suga kishi koizumi hatoyama takaichi ishiba tanaka suzuki takahashi watanabe ito yamamoto nakamura kobayashi
  kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu
  chan cheung leung kwok wong lau lam yau hui wan tsang ng yip tam tse mak choi fung kwan lai lo siu tong tsui yeung yuen
  kong au chow chu chung ip kwong law lui luk poon szeto tsoi shiu hau cheng chiu fok hung kwan leung mok pang tsoi
  kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon hong moon
  nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly widodo subianto marcos duterte aquino arroyo
  shinawatra chan-o-cha srettha anwar mahathir lee loong
  mandela mbeki zuma ramaphosa malema tutu annan guterres kenyatta ruto odinga museveni kagame ahmed abiy tinubu buhari
  obasanjo jonathan atiku okonjo-iweala achebe soyinka adichie akufo-addo mahama rawlings mugabe mnangagwa tsvangirai
  hichilema magufuli hassan tshisekedi kabila sall wade ouattara gbagbo kabore traore goita toure keita diallo diop ndiaye
  sisi mubarak sadat nasser morsi gaddafi haftar dbeibah saied essebsi bouteflika tebboune mohammed
  netanyahu gantz lapid bennett herzog gallant ben-gvir smotrich olmert sharon rabin peres barak abbas haniyeh sinwar
  nasrallah arafat assad khamenei raisi rouhani khatami ahmadinejad zarif pezeshkian araghchi erdogan davutoglu fidan
  salman bin al-saud al-thani al-nahyan al-maktoum al-sabah al-khalifa al-sisi al-assad al-maliki al-sadr al-kadhimi
  al-sudani al-baghdadi al-zawahiri bin-laden hussein saddam
  lula bolsonaro rousseff temer cardoso milei fernandez macri kirchner obrador sheinbaum pena calderon fox chavez maduro
  guaido morales correa petro duque uribe santos boric pinera bachelet castillo boluarte lasso noboa ortega bukele castro
  diaz-canel
  trudeau harper freeland poilievre singh albanese morrison turnbull rudd gillard abbott ardern luxon hipkins
  `),
);

/** Surname prefixes written with a capital inside the word ("McAllister", "MacLean", "DeSantis", "LaRue"): camel case that is a person. */
export const CAMEL_SURNAME_PREFIXES = words('mc mac de di da du la le van von fitz st');
