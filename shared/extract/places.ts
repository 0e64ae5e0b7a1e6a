// Places in the merchants' markets, by country: South Africa's provinces, cities and larger
// towns (PLC Technologies), and Europe's capitals, big cities and well-known regions (Plextor
// Europe). Written as customers write them: English and local names, with or without accents
// (accents are folded away before matching, so "Zurich" and "Zürich" are one entry).
// A name that is also an everyday word or a first name is listed in COMMON_WORDS: it counts only
// when written with a capital letter.

export const PLACES: Record<string, string> = {
  ZA: [
    'gauteng|western cape|eastern cape|northern cape|kwazulu natal|kwazulu|kzn|free state|limpopo|mpumalanga|north west province|transvaal|natal|highveld|karoo|garden route|west rand|east rand',
    'johannesburg|joburg|jo burg|jozi|jhb|cape town|capetown|durban|pretoria|tshwane|port elizabeth|gqeberha|nelson mandela bay|bloemfontein|mangaung|east london|pietermaritzburg|polokwane|nelspruit|mbombela|kimberley|rustenburg',
    'soweto|sandton|centurion|midrand|randburg|roodepoort|benoni|boksburg|germiston|kempton park|vereeniging|vanderbijlpark|krugersdorp|alberton|edenvale|brakpan|tembisa|fourways|bryanston|rosebank|bedfordview|hartbeespoort|cullinan|bronkhorstspruit',
    'stellenbosch|paarl|somerset west|strand|gordons bay|franschhoek|george|knysna|mossel bay|plettenberg bay|hermanus|oudtshoorn|bellville|durbanville|khayelitsha|mitchells plain|hout bay|camps bay|sea point|muizenberg|fish hoek|simons town|constantia|milnerton|table view|blouberg|langebaan|saldanha|vredenburg|malmesbury|caledon|swellendam|robertson|wellington|ceres|tulbagh',
    'umhlanga|ballito|richards bay|ladysmith|pinetown|westville|amanzimtoti|umlazi|port shepstone|empangeni|kwadukuza|stanger|vryheid|dundee|howick|hillcrest|kloof|scottburgh|umkomaas|salt rock|zimbali',
    'welkom|kroonstad|bethlehem|sasolburg|parys|harrismith|potchefstroom|klerksdorp|mahikeng|mafikeng|brits|upington|springbok|kuruman|mthatha|umtata|makhanda|grahamstown|port alfred|jeffreys bay|graaff reinet|queenstown|komani|king williams town|qonce|uitenhage|kariega',
    'witbank|emalahleni|secunda|middelburg|tzaneen|thohoyandou|musina|phalaborwa|hazyview|white river|lydenburg|barberton|komatipoort|bela bela|mokopane|lephalale|modimolle|ermelo|standerton|sabie|graskop',
  ].join('|'),
  GB: [
    'london|manchester|birmingham|leeds|glasgow|edinburgh|liverpool|bristol|sheffield|cardiff|belfast|leicester|nottingham|newcastle|newcastle upon tyne|brighton|hove|southampton|portsmouth|plymouth|norwich|oxford|cambridge|york|bath|exeter|coventry|bradford|hull|kingston upon hull|stoke on trent|wolverhampton|derby|swansea|aberdeen|dundee|inverness|reading|milton keynes|luton|northampton|ipswich|bournemouth|poole|sunderland|middlesbrough|preston|blackpool|bolton|stockport|oldham|huddersfield|wakefield|doncaster|rotherham|barnsley',
    'canterbury|chester|lincoln|gloucester|cheltenham|worcester|hereford|peterborough|colchester|chelmsford|southend|swindon|salisbury|winchester|guildford|croydon|watford|slough|crawley|basingstoke|maidstone|hastings|eastbourne|torquay|truro|carlisle|lancaster|durham|harrogate|scarborough|stirling|derry|londonderry|wrexham|leamington spa|warwick|solihull|st albans|st andrews|falmouth|penzance|whitby|blackburn|burnley|wigan|warrington|sale|chichester|worthing|bognor regis|margate|ramsgate|dover|folkestone|tunbridge wells|sevenoaks|bedford|stevenage|harlow|basildon|telford|shrewsbury|stafford|lichfield|nuneaton|rugby|kettering|corby|grimsby|scunthorpe|mansfield|chesterfield|macclesfield|crewe',
    'kent|cornwall|devon|dorset|somerset|yorkshire|lancashire|cumbria|essex|surrey|sussex|east sussex|west sussex|hampshire|norfolk|suffolk|cheshire|merseyside|tyneside|northumberland|lake district|cotswolds|midlands|west midlands|east midlands|highlands|isle of wight|anglesey|fife|lothian',
  ].join('|'),
  IE: 'dublin|cork|galway|limerick|waterford|kilkenny|sligo|drogheda|dundalk|athlone|wexford|killarney|tralee|ennis|navan',
  FR: [
    'paris|marseille|marseilles|lyon|lyons|toulouse|nice|nantes|strasbourg|montpellier|bordeaux|lille|rennes|reims|le havre|saint etienne|st etienne|toulon|grenoble|dijon|angers|nimes|villeurbanne|clermont ferrand|le mans|aix en provence|brest|tours|amiens|limoges|annecy|perpignan|metz|besancon|orleans|rouen|mulhouse|caen|nancy|roubaix|tourcoing|avignon|cannes|antibes|poitiers|pau|la rochelle|calais|dunkirk|dunkerque|versailles|boulogne|ajaccio|bastia|biarritz|chambery|valence|colmar|troyes|lorient|vannes|quimper|saint malo|beziers|montauban|carcassonne|arles|saint denis|argenteuil|montreuil|nanterre|vitry sur seine|creteil|le mans|la defense|menton|saint tropez|chamonix|lourdes',
    'normandy|normandie|brittany|bretagne|provence|alsace|lorraine|corsica|corse|burgundy|bourgogne|ile de france|occitanie|aquitaine|auvergne|picardy|champagne|dordogne|savoie|savoy|cote d azur|french riviera',
  ].join('|'),
  DE: [
    'berlin|hamburg|munich|munchen|muenchen|cologne|koln|koeln|frankfurt|frankfurt am main|stuttgart|dusseldorf|duesseldorf|dortmund|essen|leipzig|bremen|dresden|hanover|hannover|nuremberg|nurnberg|nuernberg|duisburg|bochum|wuppertal|bielefeld|bonn|munster|muenster|karlsruhe|mannheim|augsburg|wiesbaden|monchengladbach|gelsenkirchen|braunschweig|kiel|chemnitz|aachen|halle|magdeburg|freiburg|krefeld|lubeck|luebeck|mainz|erfurt|oberhausen|rostock|kassel|hagen|potsdam|saarbrucken|saarbruecken|hamm|ludwigshafen|oldenburg|osnabruck|osnabrueck|leverkusen|heidelberg|darmstadt|solingen|regensburg|ingolstadt|wurzburg|wuerzburg|wolfsburg|ulm|heilbronn|gottingen|goettingen|pforzheim|bremerhaven|koblenz|trier|jena|erlangen|konstanz|passau|bamberg|bayreuth|flensburg|schwerin|neuss|paderborn|siegen|hildesheim|zwickau|cottbus|gera|furth|offenbach|recklinghausen|remscheid|moers|bottrop|salzgitter|garmisch',
    'bavaria|bayern|saxony|sachsen|hesse|hessen|baden wurttemberg|baden wuerttemberg|rhineland|westphalia|north rhine westphalia|nordrhein westfalen|nrw|schleswig holstein|thuringia|thuringen|brandenburg|mecklenburg|lower saxony|niedersachsen|black forest|ruhr|ruhrgebiet|saarland|palatinate|pfalz',
  ].join('|'),
  NL: "amsterdam|rotterdam|the hague|den haag|s gravenhage|utrecht|eindhoven|groningen|tilburg|almere|breda|nijmegen|arnhem|haarlem|enschede|apeldoorn|amersfoort|zaandam|zwolle|leiden|maastricht|dordrecht|delft|alkmaar|leeuwarden|den bosch|s hertogenbosch|venlo|deventer|hilversum|gouda|zoetermeer|emmen|helmond|heerlen|roermond|schiedam|vlaardingen|purmerend|hoorn|friesland|limburg|zeeland|north holland|south holland|noord holland|zuid holland|gelderland|overijssel|brabant|noord brabant|drenthe",
  BE: 'brussels|bruxelles|brussel|antwerp|antwerpen|anvers|ghent|gent|gand|charleroi|liege|luik|bruges|brugge|namur|leuven|louvain|mons|mechelen|malines|aalst|kortrijk|courtrai|hasselt|ostend|oostende|ostende|genk|sint niklaas|tournai|roeselare|verviers|wavre|arlon|ypres|ieper|knokke|waterloo|ottignies|louvain la neuve|flanders|vlaanderen|wallonia|wallonie',
  LU: 'esch sur alzette|differdange|dudelange|ettelbruck',
  CH: 'zurich|zuerich|geneva|geneve|genf|basel|bale|bern|berne|lausanne|lucerne|luzern|winterthur|st gallen|sankt gallen|lugano|biel|bienne|thun|fribourg|freiburg im uechtland|schaffhausen|chur|neuchatel|sion|zug|montreux|locarno|davos|zermatt|interlaken|st moritz|vevey|yverdon|aarau|olten|solothurn|ticino|tessin|valais|wallis|graubunden|grisons|vaud|aargau|appenzell',
  AT: 'vienna|wien|graz|linz|salzburg|innsbruck|klagenfurt|villach|wels|st polten|sankt polten|dornbirn|bregenz|steyr|leoben|feldkirch|kitzbuhel|tyrol|tirol|carinthia|karnten|styria|steiermark|vorarlberg|burgenland|upper austria|lower austria|oberosterreich|niederosterreich',
  IT: 'rome|roma|milan|milano|naples|napoli|turin|torino|palermo|genoa|genova|bologna|florence|firenze|bari|catania|venice|venezia|verona|messina|padua|padova|trieste|brescia|parma|taranto|prato|modena|reggio calabria|reggio emilia|perugia|livorno|ravenna|cagliari|foggia|rimini|salerno|ferrara|sassari|bergamo|pisa|siena|como|trento|bolzano|udine|lecce|ancona|pescara|monza|vicenza|treviso|novara|piacenza|lucca|sicily|sicilia|sardinia|sardegna|tuscany|toscana|lombardy|lombardia|piedmont|piemonte|veneto|liguria|puglia|apulia|calabria|campania|umbria|emilia romagna|south tyrol',
  ES: 'madrid|barcelona|valencia|seville|sevilla|zaragoza|malaga|murcia|palma|palma de mallorca|las palmas|bilbao|alicante|cordoba|valladolid|vigo|gijon|granada|a coruna|la coruna|vitoria|elche|oviedo|santander|pamplona|san sebastian|donostia|salamanca|cadiz|marbella|tarragona|girona|gerona|ibiza|tenerife|mallorca|majorca|menorca|gran canaria|lanzarote|fuerteventura|benidorm|torremolinos|almeria|huelva|badajoz|burgos|leon|logrono|castellon|toledo|segovia|catalonia|catalunya|andalusia|andalucia|galicia|basque country|asturias|canary islands|canaries|costa del sol|costa blanca|costa brava|balearic islands',
  PT: 'lisbon|lisboa|porto|oporto|braga|coimbra|funchal|faro|aveiro|setubal|guimaraes|evora|viseu|leiria|cascais|sintra|albufeira|lagos|portimao|madeira|algarve|azores|acores',
  NO: 'oslo|bergen|trondheim|stavanger|tromso|drammen|fredrikstad|kristiansand|alesund|bodo|sandnes|tonsberg|haugesund|moss|hamar|lillehammer|molde|narvik|arendal|larvik|sarpsborg|skien|halden|harstad|gjovik',
  SE: 'stockholm|gothenburg|goteborg|malmo|uppsala|vasteras|orebro|linkoping|helsingborg|jonkoping|norrkoping|lund|umea|gavle|boras|sodertalje|eskilstuna|karlstad|vaxjo|halmstad|sundsvall|lulea|kiruna|visby|kalmar|kristianstad|ostersund|trollhattan|skane|gotland',
  DK: 'copenhagen|kobenhavn|aarhus|arhus|odense|aalborg|alborg|esbjerg|randers|kolding|horsens|vejle|roskilde|herning|helsingor|elsinore|silkeborg|naestved|fredericia|viborg|jutland|jylland|zealand|sjaelland|funen|bornholm',
  FI: 'helsinki|espoo|tampere|vantaa|oulu|turku|jyvaskyla|lahti|kuopio|pori|rovaniemi|vaasa|joensuu|lappeenranta|lapland',
  IS: 'reykjavik|akureyri',
  PL: 'warsaw|warszawa|krakow|cracow|lodz|wroclaw|poznan|gdansk|szczecin|bydgoszcz|lublin|bialystok|katowice|gdynia|czestochowa|radom|torun|sopot|rzeszow|olsztyn|opole|zakopane|kielce|gliwice|silesia',
  CZ: 'prague|praha|brno|ostrava|plzen|pilsen|olomouc|liberec|ceske budejovice|hradec kralove|karlovy vary|pardubice|bohemia|moravia',
  SK: 'bratislava|kosice|zilina|nitra|banska bystrica|presov|trnava',
  HU: 'budapest|debrecen|szeged|miskolc|pecs|gyor|nyiregyhaza|kecskemet|szekesfehervar',
  SI: 'ljubljana|maribor|koper|celje',
  HR: 'zagreb|split|rijeka|osijek|zadar|dubrovnik|pula|sibenik',
  RS: 'belgrade|beograd|novi sad|nis',
  BA: 'sarajevo|mostar|banja luka',
  ME: 'podgorica|budva|kotor',
  MK: 'skopje|ohrid',
  AL: 'tirana|durres',
  XK: 'pristina|prishtina',
  BG: 'sofia|plovdiv|varna|burgas',
  RO: 'bucharest|bucuresti|cluj napoca|cluj|timisoara|iasi|constanta|craiova|brasov|galati|sibiu|oradea|transylvania',
  MD: 'chisinau',
  UA: 'kyiv|kiev|kharkiv|odesa|odessa|dnipro|lviv|zaporizhzhia',
  BY: 'minsk',
  LT: 'vilnius|kaunas|klaipeda',
  LV: 'riga|daugavpils',
  EE: 'tallinn|tartu',
  GR: 'athens|thessaloniki|patras|heraklion|larissa|crete|rhodes|corfu|piraeus|mykonos|santorini',
  CY: 'nicosia|limassol|larnaca|paphos',
  MT: 'valletta|sliema|gozo',
  TR: 'istanbul|ankara|izmir|bursa|antalya|adana|konya|gaziantep|mersin|kayseri|eskisehir|trabzon|bodrum|alanya|diyarbakir|samsun|denizli',
  LI: 'vaduz',
  MC: 'monte carlo',
  AD: 'andorra la vella',
  GE: 'tbilisi|batumi',
  AM: 'yerevan',
  RU: 'moscow|st petersburg|saint petersburg',
};

/** Place names that are also everyday words or first names: only with a capital letter. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'nice', 'bath', 'reading', 'tours', 'nancy', 'split', 'moss', 'sofia', 'george', 'essen', 'halle', 'mons', 'hull', 'pau',
  'kent', 'lincoln', 'chester', 'york', 'zug', 'sion', 'lund', 'como', 'strand', 'sale', 'wellington', 'robertson',
  'ceres', 'dundee', 'rugby', 'derby', 'lagos', 'leon', 'palma', 'natal', 'lorraine', 'champagne', 'dover', 'poole',
  'bedford', 'warwick', 'durham', 'lancaster', 'worthing', 'hamm', 'hagen', 'gera', 'ulm', 'bonn', 'biel', 'thun', 'nis',
  'kiel', 'wels', 'moers', 'burgas', 'nitra', 'gozo', 'riga', 'toledo', 'orleans', 'valence', 'arles', 'brest', 'metz',
  'bethlehem', 'kloof', 'howick', 'ermelo', 'brits', 'sabie', 'queenstown', 'mansfield', 'crewe', 'rotherham',
]);
