-- Legal taxonomy: the Rome Statute of the International Criminal Court (Art. 6 genocide, Art. 7
-- crimes against humanity, Art. 8 war crimes as listed in 8(2)(a), (b), (c) and (e)), the elements
-- of selected crimes after the ICC Elements of Crimes, and the crimes offered first for each
-- incident type and target. Reference data for the schema in V010.
--
-- Titles, keywords and element texts are Evidentia's own concise wording in English and Ukrainian,
-- not the official text of the Statute or of the Elements of Crimes; always check the official
-- text. The code ('8(2)(b)(ix)') is the stable key; wording may be improved in later versions.
-- One crime per paragraph of the Statute: where the Elements of Crimes split a paragraph into
-- several crimes, the title says what the paragraph covers.
-- Crimes with elements_complete FALSE carry title and context only, or (where the title says so)
-- the elements of one variant only. Elements of the armed-conflict nexus, of the widespread or
-- systematic attack and of the genocide context are typed CONTEXTUAL.
-- Suggestions: target '*' means any target; a suggestion is never a classification.

INSERT INTO legal_instrument (code, title_en, title_uk, edition) VALUES
    ('ROME_STATUTE', 'Rome Statute of the International Criminal Court', 'Римський статут Міжнародного кримінального суду',
     'Rome Statute 1998 as amended to 2010; Elements of Crimes 2011');

-- Article 6: genocide
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('6(a)', 'ROME_STATUTE', '6', 10, 'GENOCIDE', 'NONE',
     'Genocide by killing members of a national, ethnic, racial or religious group',
     'Геноцид шляхом убивства членів національної, етнічної, расової чи релігійної групи',
     'genocide killing murder mass killing massacre ethnic group',
     'геноцид вбивство убивство масові вбивства різанина етнічна група',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('6(b)', 'ROME_STATUTE', '6', 20, 'GENOCIDE', 'NONE',
     'Genocide by causing serious bodily or mental harm to members of the group',
     'Геноцид шляхом заподіяння тяжких тілесних ушкоджень або розумового розладу членам групи',
     'genocide torture rape sexual violence injury harm inhuman treatment',
     'геноцид катування зґвалтування сексуальне насильство тілесні ушкодження шкода',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('6(c)', 'ROME_STATUTE', '6', 30, 'GENOCIDE', 'NONE',
     'Genocide by deliberately inflicting conditions of life calculated to destroy the group physically',
     'Геноцид шляхом умисного створення для групи умов життя, розрахованих на її фізичне знищення',
     'genocide starvation hunger siege deprivation food water medicine expulsion',
     'геноцид голод облога позбавлення їжа вода ліки вигнання',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('6(d)', 'ROME_STATUTE', '6', 40, 'GENOCIDE', 'NONE',
     'Genocide by imposing measures intended to prevent births within the group',
     'Геноцид шляхом застосування заходів, розрахованих на запобігання дітонародженню в групі',
     'genocide sterilization forced abortion births reproduction',
     'геноцид стерилізація примусовий аборт народжуваність',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('6(e)', 'ROME_STATUTE', '6', 50, 'GENOCIDE', 'NONE',
     'Genocide by forcibly transferring children of the group to another group',
     'Геноцид шляхом насильницької передачі дітей групи до іншої групи',
     'genocide children child deportation adoption transfer re-education russification',
     'геноцид діти дитина депортація усиновлення переміщення перевиховання русифікація',
     TRUE, 1);
-- Article 7(1): crimes against humanity
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(a)', 'ROME_STATUTE', '7', 110, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Murder as a crime against humanity',
     'Вбивство як злочин проти людяності',
     'murder killing execution civilians',
     'вбивство убивство страта розстріл цивільні',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(b)', 'ROME_STATUTE', '7', 120, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Extermination, including conditions of life calculated to destroy part of a population',
     'Винищення, зокрема створення умов життя, розрахованих на знищення частини населення',
     'extermination mass killing massacre starvation siege',
     'винищення масові вбивства різанина голод облога',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(c)', 'ROME_STATUTE', '7', 130, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Enslavement, including trafficking in persons',
     'Поневолення, зокрема торгівля людьми',
     'slavery enslavement forced labour labor trafficking',
     'рабство поневолення примусова праця торгівля людьми',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(d)', 'ROME_STATUTE', '7', 140, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Deportation or forcible transfer of population',
     'Депортація або примусове переміщення населення',
     'deportation forcible transfer displacement expulsion evacuation children filtration civilians',
     'депортація примусове переміщення вигнання евакуація діти фільтрація цивільні',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(e)', 'ROME_STATUTE', '7', 150, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Imprisonment or other severe deprivation of physical liberty',
     'Ув''язнення або інше жорстоке позбавлення фізичної свободи',
     'imprisonment detention captivity unlawful confinement filtration camp civilians',
     'ув''язнення затримання полон незаконне позбавлення волі фільтраційний табір цивільні',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(f)', 'ROME_STATUTE', '7', 160, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Torture as a crime against humanity',
     'Катування як злочин проти людяності',
     'torture beating electric shock abuse detention',
     'катування тортури побиття електрошок знущання затримання',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(g)', 'ROME_STATUTE', '7', 170, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Rape, sexual slavery, enforced prostitution, forced pregnancy, enforced sterilization or other sexual violence',
     'Зґвалтування, сексуальне рабство, примусова проституція, примусова вагітність, примусова стерилізація або інше сексуальне насильство',
     'rape sexual violence sexual abuse sexual slavery women girls men',
     'зґвалтування сексуальне насильство сексуальне рабство знущання жінки дівчата чоловіки',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(h)', 'ROME_STATUTE', '7', 180, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Persecution of an identifiable group on political, racial, national, ethnic, cultural, religious, gender or other impermissible grounds',
     'Переслідування ідентифікованої групи за політичними, расовими, національними, етнічними, культурними, релігійними, гендерними чи іншими неприпустимими мотивами',
     'persecution discrimination ukrainians language religion identity',
     'переслідування дискримінація українці мова релігія ідентичність',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(i)', 'ROME_STATUTE', '7', 190, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Enforced disappearance of persons',
     'Насильницьке зникнення людей',
     'disappearance disappeared missing abduction kidnapping incommunicado detention',
     'зникнення зниклі безвісти викрадення затримання',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(j)', 'ROME_STATUTE', '7', 200, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Apartheid',
     'Апартеїд',
     'apartheid racial domination segregation',
     'апартеїд расове панування сегрегація',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('7(1)(k)', 'ROME_STATUTE', '7', 210, 'CRIME_AGAINST_HUMANITY', 'NONE',
     'Other inhumane acts intentionally causing great suffering or serious injury to body or to mental or physical health',
     'Інші нелюдські діяння, що умисно заподіюють сильні страждання або серйозні тілесні ушкодження чи шкоду психічному або фізичному здоров''ю',
     'inhumane acts suffering cruelty blackout heating energy winter',
     'нелюдські діяння страждання жорстокість блекаут опалення енергетика зима',
     FALSE, 1);
-- Article 8(2)(a): grave breaches of the Geneva Conventions (international armed conflict)
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(i)', 'ROME_STATUTE', '8', 310, 'WAR_CRIME', 'INTERNATIONAL',
     'Wilful killing of persons protected by the Geneva Conventions',
     'Умисне вбивство осіб, які перебувають під захистом Женевських конвенцій',
     'murder killing execution prisoners of war civilians',
     'вбивство убивство страта розстріл військовополонені цивільні',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(ii)', 'ROME_STATUTE', '8', 320, 'WAR_CRIME', 'INTERNATIONAL',
     'Torture or inhuman treatment, including biological experiments, of protected persons (elements entered for torture only)',
     'Катування або нелюдське поводження, включаючи біологічні експерименти, щодо осіб під захистом (елементи внесено лише для катування)',
     'torture abuse beating inhuman treatment biological experiments prisoners of war',
     'катування тортури знущання побиття нелюдське поводження біологічні експерименти військовополонені',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(iii)', 'ROME_STATUTE', '8', 330, 'WAR_CRIME', 'INTERNATIONAL',
     'Wilfully causing great suffering or serious injury to body or health of protected persons',
     'Умисне заподіяння сильних страждань або серйозних тілесних ушкоджень чи шкоди здоров''ю осіб під захистом',
     'suffering injury abuse beating mistreatment',
     'страждання тілесні ушкодження знущання побиття жорстоке поводження',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(iv)', 'ROME_STATUTE', '8', 340, 'WAR_CRIME', 'INTERNATIONAL',
     'Extensive destruction or appropriation of protected property, not justified by military necessity and carried out unlawfully and wantonly',
     'Незаконне, безглузде і широкомасштабне знищення чи привласнення майна під захистом, не виправдане воєнною необхідністю',
     'destruction appropriation property looting houses razing',
     'знищення руйнування привласнення майно мародерство будинки',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(v)', 'ROME_STATUTE', '8', 350, 'WAR_CRIME', 'INTERNATIONAL',
     'Compelling a prisoner of war or other protected person to serve in the forces of a hostile Power',
     'Примушування військовополоненого або іншої особи під захистом служити в збройних силах ворожої держави',
     'forced conscription mobilization prisoners of war occupied territory',
     'примусова мобілізація призов військовополонені окупована територія',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(vi)', 'ROME_STATUTE', '8', 360, 'WAR_CRIME', 'INTERNATIONAL',
     'Wilfully depriving a prisoner of war or other protected person of a fair and regular trial',
     'Умисне позбавлення військовополоненого або іншої особи під захистом права на справедливий і належний суд',
     'unfair trial sham trial court sentence prisoners of war',
     'несправедливий суд показовий суд вирок військовополонені',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(vii)', 'ROME_STATUTE', '8', 370, 'WAR_CRIME', 'INTERNATIONAL',
     'Unlawful deportation or transfer, or unlawful confinement, of protected persons (elements entered for deportation or transfer only)',
     'Незаконна депортація чи переміщення або незаконне позбавлення волі осіб під захистом (елементи внесено лише для депортації чи переміщення)',
     'deportation forcible transfer displacement children unlawful confinement detention filtration civilians',
     'депортація примусове переміщення діти незаконне позбавлення волі затримання фільтрація цивільні',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(a)(viii)', 'ROME_STATUTE', '8', 380, 'WAR_CRIME', 'INTERNATIONAL',
     'Taking hostages',
     'Взяття заручників',
     'hostages hostage abduction kidnapping detained civilians exchange',
     'заручники заручник викрадення затримані цивільні обмін',
     TRUE, 1);
-- Article 8(2)(b): other serious violations in international armed conflict
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(i)', 'ROME_STATUTE', '8', 410, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking civilians: the civilian population or individual civilians not taking direct part in hostilities',
     'Напад на цивільних: цивільне населення або окремих цивільних осіб, які не беруть безпосередньої участі у воєнних діях',
     'civilians civilian population people residents killed wounded shelling bombing strike',
     'цивільні цивільне населення люди мешканці загиблі поранені обстріл бомбардування удар',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(ii)', 'ROME_STATUTE', '8', 420, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking civilian objects, that is objects which are not military objectives',
     'Напад на цивільні об''єкти, тобто об''єкти, які не є військовими цілями',
     'civilian objects house home apartment residential building market shop energy power plant infrastructure bridge car',
     'цивільні об''єкти будинок житло квартира житловий багатоповерхівка ринок магазин енергетика електростанція інфраструктура міст автомобіль',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(iii)', 'ROME_STATUTE', '8', 430, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking personnel, installations, material, units or vehicles of a humanitarian assistance or peacekeeping mission',
     'Напад на персонал, об''єкти, матеріали, підрозділи чи транспортні засоби гуманітарної або миротворчої місії',
     'humanitarian aid convoy red cross un peacekeepers volunteers relief workers',
     'гуманітарна допомога конвой червоний хрест оон миротворці волонтери',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(iv)', 'ROME_STATUTE', '8', 440, 'WAR_CRIME', 'INTERNATIONAL',
     'Launching an attack knowing it will cause incidental death or injury to civilians, damage to civilian objects or severe damage to the natural environment clearly excessive to the military advantage anticipated',
     'Напад з усвідомленням, що він спричинить випадкову загибель чи поранення цивільних, пошкодження цивільних об''єктів або тяжку шкоду довкіллю, явно надмірні щодо очікуваної військової переваги',
     'disproportionate excessive collateral damage civilians casualties environment dam indiscriminate',
     'непропорційний надмірний супутня шкода цивільні жертви довкілля дамба невибірковий',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(v)', 'ROME_STATUTE', '8', 450, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking or bombarding undefended towns, villages, dwellings or buildings which are not military objectives',
     'Напад на незахищені міста, села, житла чи будівлі, які не є військовими цілями, або їх обстріл',
     'undefended town village dwellings bombardment shelling',
     'незахищене місто село житло обстріл бомбардування',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(vi)', 'ROME_STATUTE', '8', 460, 'WAR_CRIME', 'INTERNATIONAL',
     'Killing or wounding a combatant who has laid down arms or surrendered (hors de combat)',
     'Вбивство або поранення комбатанта, який склав зброю або здався (hors de combat)',
     'surrender surrendered prisoners of war execution soldiers captured wounded',
     'здача в полон здався військовополонені страта розстріл полонені поранені',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(vii)', 'ROME_STATUTE', '8', 470, 'WAR_CRIME', 'INTERNATIONAL',
     'Improper use of a flag of truce, of the enemy''s or UN flag, insignia or uniform, or of the Geneva Conventions emblems, resulting in death or serious injury',
     'Неналежне використання прапора перемир''я, прапора, знаків розрізнення чи форми противника або ООН чи емблем Женевських конвенцій, що спричинило смерть або тяжкі тілесні ушкодження',
     'white flag uniform red cross emblem misuse perfidy disguise',
     'білий прапор форма червоний хрест емблема зловживання віроломство переодягання',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(viii)', 'ROME_STATUTE', '8', 480, 'WAR_CRIME', 'INTERNATIONAL',
     'Transfer by the occupying power of its own civilians into occupied territory, or deportation or transfer of the population of the occupied territory',
     'Переміщення окупаційною державою частини власного цивільного населення на окуповану територію або депортація чи переміщення населення окупованої території',
     'deportation forcible transfer occupation occupied territory settlers children displacement civilians',
     'депортація примусове переміщення окупація окупована територія переселенці діти цивільні',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(ix)', 'ROME_STATUTE', '8', 490, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking protected objects: religious, educational, cultural, scientific or charitable buildings, historic monuments, hospitals and places where the sick and wounded are collected',
     'Напад на захищені об''єкти: релігійні, освітні, культурні, наукові чи благодійні будівлі, історичні пам''ятки, лікарні та місця зосередження хворих і поранених',
     'hospital maternity clinic medical facility school kindergarten university church mosque synagogue temple monastery museum theatre library monument heritage charity',
     'лікарня пологовий будинок поліклініка медичний заклад школа дитячий садок садочок університет церква храм мечеть синагога монастир музей театр бібліотека пам''ятка спадщина',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(x)', 'ROME_STATUTE', '8', 500, 'WAR_CRIME', 'INTERNATIONAL',
     'Physical mutilation or medical or scientific experiments on persons in the power of an adverse party',
     'Фізичне каліцтво або медичні чи наукові експерименти над особами, які перебувають під владою супротивної сторони',
     'mutilation amputation castration medical experiments',
     'каліцтво ампутація кастрація медичні експерименти',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xi)', 'ROME_STATUTE', '8', 510, 'WAR_CRIME', 'INTERNATIONAL',
     'Killing or wounding treacherously individuals of the hostile nation or army (perfidy)',
     'Віроломне вбивство або поранення осіб, які належать до ворожої нації чи армії',
     'treachery perfidy fake surrender disguise',
     'віроломство підступність удавана здача переодягання',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xii)', 'ROME_STATUTE', '8', 520, 'WAR_CRIME', 'INTERNATIONAL',
     'Declaring that no quarter will be given',
     'Оголошення про те, що пощади не буде',
     'no quarter no survivors take no prisoners order',
     'без пощади не брати в полон наказ',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xiii)', 'ROME_STATUTE', '8', 530, 'WAR_CRIME', 'INTERNATIONAL',
     'Destroying or seizing the enemy''s property not imperatively demanded by the necessities of war',
     'Знищення чи захоплення майна противника, якщо це не викликано нагальною воєнною необхідністю',
     'destruction seizure property confiscation houses farms grain',
     'знищення руйнування захоплення майно конфіскація будинки зерно',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xiv)', 'ROME_STATUTE', '8', 540, 'WAR_CRIME', 'INTERNATIONAL',
     'Declaring abolished, suspended or inadmissible in court the rights and actions of nationals of the hostile party',
     'Оголошення скасованими, призупиненими або неприйнятними в суді прав і позовів громадян ворожої сторони',
     'rights courts nationals abolition discrimination',
     'права суди громадяни скасування дискримінація',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xv)', 'ROME_STATUTE', '8', 550, 'WAR_CRIME', 'INTERNATIONAL',
     'Compelling nationals of the hostile party to take part in operations of war against their own country',
     'Примушування громадян ворожої сторони брати участь у воєнних діях проти їхньої власної країни',
     'forced conscription mobilization occupied territory passportization',
     'примусова мобілізація призов окупована територія паспортизація',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xvi)', 'ROME_STATUTE', '8', 560, 'WAR_CRIME', 'INTERNATIONAL',
     'Pillaging a town or place',
     'Розграбування міста або населеного пункту',
     'pillage looting plunder robbery theft',
     'мародерство розграбування грабіж пограбування крадіжка',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xvii)', 'ROME_STATUTE', '8', 570, 'WAR_CRIME', 'INTERNATIONAL',
     'Employing poison or poisoned weapons',
     'Застосування отрути або отруєної зброї',
     'poison poisoning poisoned water wells',
     'отрута отруєння отруєна вода колодязі',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xviii)', 'ROME_STATUTE', '8', 580, 'WAR_CRIME', 'INTERNATIONAL',
     'Employing asphyxiating, poisonous or other gases and analogous liquids, materials or devices',
     'Застосування задушливих, отруйних чи інших газів та аналогічних рідин, матеріалів або пристроїв',
     'chemical weapons gas tear gas chloropicrin poison',
     'хімічна зброя газ сльозогінний газ хлорпікрин отрута',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xix)', 'ROME_STATUTE', '8', 590, 'WAR_CRIME', 'INTERNATIONAL',
     'Employing bullets which expand or flatten easily in the human body',
     'Застосування куль, які легко розриваються або сплющуються в тілі людини',
     'expanding bullets dum-dum hollow point ammunition',
     'експансивні кулі дум-дум боєприпаси',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xx)', 'ROME_STATUTE', '8', 600, 'WAR_CRIME', 'INTERNATIONAL',
     'Employing weapons, projectiles, material or methods of warfare causing superfluous injury or unnecessary suffering or inherently indiscriminate (only those listed in an annex to the Statute)',
     'Застосування зброї, снарядів, матеріалів чи методів ведення війни, що спричиняють надмірні ушкодження чи непотрібні страждання або є невибірковими за своєю природою (лише внесені до додатка до Статуту)',
     'prohibited weapons unnecessary suffering superfluous injury',
     'заборонена зброя непотрібні страждання надмірні ушкодження',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxi)', 'ROME_STATUTE', '8', 610, 'WAR_CRIME', 'INTERNATIONAL',
     'Outrages upon personal dignity, in particular humiliating and degrading treatment',
     'Посягання на людську гідність, зокрема образливе та принизливе поводження',
     'humiliation degrading treatment dignity desecration of corpses prisoners of war video',
     'приниження принизливе поводження гідність наруга над тілами військовополонені відео',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxii)', 'ROME_STATUTE', '8', 620, 'WAR_CRIME', 'INTERNATIONAL',
     'Rape, sexual slavery, enforced prostitution, forced pregnancy, enforced sterilization or other sexual violence',
     'Зґвалтування, сексуальне рабство, примусова проституція, примусова вагітність, примусова стерилізація або інше сексуальне насильство',
     'rape sexual violence sexual abuse sexual slavery women girls men',
     'зґвалтування сексуальне насильство сексуальне рабство знущання жінки дівчата чоловіки',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxiii)', 'ROME_STATUTE', '8', 630, 'WAR_CRIME', 'INTERNATIONAL',
     'Using civilians or other protected persons as human shields to render points, areas or military forces immune from attack',
     'Використання цивільних або інших осіб під захистом як живого щита, щоб убезпечити пункти, райони чи військові сили від нападу',
     'human shields human shield civilians basement hostages',
     'живий щит живого щита цивільні підвал заручники',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxiv)', 'ROME_STATUTE', '8', 640, 'WAR_CRIME', 'INTERNATIONAL',
     'Attacking buildings, material, medical units and transport, and personnel using the distinctive emblems of the Geneva Conventions',
     'Напад на будівлі, матеріали, медичні підрозділи і транспорт та персонал, що використовують розпізнавальні емблеми Женевських конвенцій',
     'hospital ambulance medics medical personnel paramedics red cross red crescent emblem',
     'лікарня швидка допомога медики медичний персонал парамедики червоний хрест червоний півмісяць емблема',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxv)', 'ROME_STATUTE', '8', 650, 'WAR_CRIME', 'INTERNATIONAL',
     'Starving civilians as a method of warfare, including wilfully impeding relief supplies',
     'Умисне використання голоду серед цивільного населення як методу ведення війни, зокрема навмисне перешкоджання постачанню допомоги',
     'starvation starving hunger famine siege food water blockade humanitarian aid',
     'голод голодування облога їжа вода блокада гуманітарна допомога',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(b)(xxvi)', 'ROME_STATUTE', '8', 660, 'WAR_CRIME', 'INTERNATIONAL',
     'Conscripting or enlisting children under fifteen into the national armed forces or using them to participate actively in hostilities',
     'Призов або вербування дітей віком до п''ятнадцяти років до національних збройних сил або їх використання для активної участі у воєнних діях',
     'child soldiers children recruitment conscription youth army',
     'діти-солдати діти вербування призов юнармія',
     FALSE, 1);
-- Article 8(2)(c): serious violations of common Article 3 (non-international armed conflict)
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(c)(i)', 'ROME_STATUTE', '8', 710, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Violence to life and person: murder, mutilation, cruel treatment or torture (elements entered for murder only)',
     'Посягання на життя та особу: вбивство, каліцтво, жорстоке поводження або катування (елементи внесено лише для вбивства)',
     'murder killing execution mutilation cruel treatment torture',
     'вбивство убивство страта розстріл каліцтво жорстоке поводження катування',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(c)(ii)', 'ROME_STATUTE', '8', 720, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Outrages upon personal dignity, in particular humiliating and degrading treatment',
     'Посягання на людську гідність, зокрема образливе та принизливе поводження',
     'humiliation degrading treatment dignity desecration of corpses prisoners of war video',
     'приниження принизливе поводження гідність наруга над тілами військовополонені відео',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(c)(iii)', 'ROME_STATUTE', '8', 730, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Taking hostages',
     'Взяття заручників',
     'hostages hostage abduction kidnapping detained civilians exchange',
     'заручники заручник викрадення затримані цивільні обмін',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(c)(iv)', 'ROME_STATUTE', '8', 740, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Passing sentences or carrying out executions without judgment by a regularly constituted court affording indispensable judicial guarantees',
     'Винесення вироків і виконання страт без попереднього рішення належно створеного суду, що надає невід''ємні судові гарантії',
     'execution summary execution sham trial death sentence tribunal',
     'страта позасудова страта показовий суд смертний вирок трибунал',
     FALSE, 1);
-- Article 8(2)(e): other serious violations in non-international armed conflict
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(i)', 'ROME_STATUTE', '8', 810, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Attacking civilians: the civilian population or individual civilians not taking direct part in hostilities',
     'Напад на цивільних: цивільне населення або окремих цивільних осіб, які не беруть безпосередньої участі у воєнних діях',
     'civilians civilian population people residents killed wounded shelling bombing strike',
     'цивільні цивільне населення люди мешканці загиблі поранені обстріл бомбардування удар',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(ii)', 'ROME_STATUTE', '8', 820, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Attacking buildings, material, medical units and transport, and personnel using the distinctive emblems of the Geneva Conventions',
     'Напад на будівлі, матеріали, медичні підрозділи і транспорт та персонал, що використовують розпізнавальні емблеми Женевських конвенцій',
     'hospital ambulance medics medical personnel paramedics red cross red crescent emblem',
     'лікарня швидка допомога медики медичний персонал парамедики червоний хрест червоний півмісяць емблема',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(iii)', 'ROME_STATUTE', '8', 830, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Attacking personnel, installations, material, units or vehicles of a humanitarian assistance or peacekeeping mission',
     'Напад на персонал, об''єкти, матеріали, підрозділи чи транспортні засоби гуманітарної або миротворчої місії',
     'humanitarian aid convoy red cross un peacekeepers volunteers relief workers',
     'гуманітарна допомога конвой червоний хрест оон миротворці волонтери',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(iv)', 'ROME_STATUTE', '8', 840, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Attacking protected objects: religious, educational, cultural, scientific or charitable buildings, historic monuments, hospitals and places where the sick and wounded are collected',
     'Напад на захищені об''єкти: релігійні, освітні, культурні, наукові чи благодійні будівлі, історичні пам''ятки, лікарні та місця зосередження хворих і поранених',
     'hospital maternity clinic medical facility school kindergarten university church mosque synagogue temple monastery museum theatre library monument heritage charity',
     'лікарня пологовий будинок поліклініка медичний заклад школа дитячий садок садочок університет церква храм мечеть синагога монастир музей театр бібліотека пам''ятка спадщина',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(v)', 'ROME_STATUTE', '8', 850, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Pillaging a town or place',
     'Розграбування міста або населеного пункту',
     'pillage looting plunder robbery theft',
     'мародерство розграбування грабіж пограбування крадіжка',
     TRUE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(vi)', 'ROME_STATUTE', '8', 860, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Rape, sexual slavery, enforced prostitution, forced pregnancy, enforced sterilization or other sexual violence',
     'Зґвалтування, сексуальне рабство, примусова проституція, примусова вагітність, примусова стерилізація або інше сексуальне насильство',
     'rape sexual violence sexual abuse sexual slavery women girls men',
     'зґвалтування сексуальне насильство сексуальне рабство знущання жінки дівчата чоловіки',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(vii)', 'ROME_STATUTE', '8', 870, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Conscripting or enlisting children under fifteen into armed forces or groups or using them to participate actively in hostilities',
     'Призов або вербування дітей віком до п''ятнадцяти років до збройних сил чи груп або їх використання для активної участі у воєнних діях',
     'child soldiers children recruitment conscription youth army',
     'діти-солдати діти вербування призов юнармія',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(viii)', 'ROME_STATUTE', '8', 880, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Ordering the displacement of the civilian population for reasons related to the conflict, unless the civilians'' security or imperative military reasons so demand',
     'Віддання наказу про переміщення цивільного населення з причин, пов''язаних із конфліктом, якщо цього не вимагають безпека цивільних чи нагальні воєнні причини',
     'displacement deportation forcible transfer evacuation expulsion civilians',
     'переміщення депортація примусове переміщення евакуація вигнання цивільні',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(ix)', 'ROME_STATUTE', '8', 890, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Killing or wounding treacherously a combatant adversary (perfidy)',
     'Віроломне вбивство або поранення комбатанта противника',
     'treachery perfidy fake surrender disguise',
     'віроломство підступність удавана здача переодягання',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(x)', 'ROME_STATUTE', '8', 900, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Declaring that no quarter will be given',
     'Оголошення про те, що пощади не буде',
     'no quarter no survivors take no prisoners order',
     'без пощади не брати в полон наказ',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(xi)', 'ROME_STATUTE', '8', 910, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Physical mutilation or medical or scientific experiments on persons in the power of an adverse party',
     'Фізичне каліцтво або медичні чи наукові експерименти над особами, які перебувають під владою супротивної сторони',
     'mutilation amputation castration medical experiments',
     'каліцтво ампутація кастрація медичні експерименти',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(xii)', 'ROME_STATUTE', '8', 920, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Destroying or seizing the property of an adversary not imperatively demanded by the necessities of the conflict',
     'Знищення чи захоплення майна противника, якщо це не викликано нагальною необхідністю конфлікту',
     'destruction seizure property confiscation houses farms grain',
     'знищення руйнування захоплення майно конфіскація будинки зерно',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(xiii)', 'ROME_STATUTE', '8', 930, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Employing poison or poisoned weapons',
     'Застосування отрути або отруєної зброї',
     'poison poisoning poisoned water wells',
     'отрута отруєння отруєна вода колодязі',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(xiv)', 'ROME_STATUTE', '8', 940, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Employing asphyxiating, poisonous or other gases and analogous liquids, materials or devices',
     'Застосування задушливих, отруйних чи інших газів та аналогічних рідин, матеріалів або пристроїв',
     'chemical weapons gas tear gas chloropicrin poison',
     'хімічна зброя газ сльозогінний газ хлорпікрин отрута',
     FALSE, 1);
INSERT INTO legal_crime (code, instrument, article, position, category, context, title_en, title_uk, keywords_en, keywords_uk, elements_complete, version) VALUES
    ('8(2)(e)(xv)', 'ROME_STATUTE', '8', 950, 'WAR_CRIME', 'NON_INTERNATIONAL',
     'Employing bullets which expand or flatten easily in the human body',
     'Застосування куль, які легко розриваються або сплющуються в тілі людини',
     'expanding bullets dum-dum hollow point ammunition',
     'експансивні кулі дум-дум боєприпаси',
     FALSE, 1);

-- Elements, in order, of the crimes entered (see elements_complete).
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('6(a)-1', '6(a)', 1, 'CONDUCT',
     'The perpetrator caused the death of one or more persons.',
     'Виконавець позбавив життя одну або кількох осіб.'),
    ('6(a)-2', '6(a)', 2, 'CIRCUMSTANCE',
     'The victim or victims belonged to a particular national, ethnical, racial or religious group.',
     'Потерпілий або потерпілі належали до певної національної, етнічної, расової чи релігійної групи.'),
    ('6(a)-3', '6(a)', 3, 'MENTAL',
     'The perpetrator intended to destroy that group as such, in whole or in part.',
     'Виконавець мав намір знищити цю групу як таку, повністю або частково.'),
    ('6(a)-4', '6(a)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of a manifest pattern of similar conduct directed against that group, or could by itself bring about such destruction.',
     'Діяння вчинено в контексті очевидної системи подібних дій, спрямованих проти цієї групи, або воно саме по собі могло спричинити таке знищення.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('6(e)-1', '6(e)', 1, 'CONDUCT',
     'The perpetrator forcibly transferred one or more persons (force includes threats, coercion and taking advantage of a coercive environment).',
     'Виконавець примусово передав одну чи кількох осіб (примус охоплює також погрози, тиск і використання примусового середовища).'),
    ('6(e)-2', '6(e)', 2, 'CIRCUMSTANCE',
     'The victim or victims belonged to a particular national, ethnical, racial or religious group.',
     'Потерпілий або потерпілі належали до певної національної, етнічної, расової чи релігійної групи.'),
    ('6(e)-3', '6(e)', 3, 'MENTAL',
     'The perpetrator intended to destroy that group as such, in whole or in part.',
     'Виконавець мав намір знищити цю групу як таку, повністю або частково.'),
    ('6(e)-4', '6(e)', 4, 'CIRCUMSTANCE',
     'The transfer was from that group to another group.',
     'Передачу здійснено з цієї групи до іншої групи.'),
    ('6(e)-5', '6(e)', 5, 'CIRCUMSTANCE',
     'The person or persons were under 18 years of age.',
     'Цим особам не виповнилося 18 років.'),
    ('6(e)-6', '6(e)', 6, 'MENTAL',
     'The perpetrator knew, or should have known, that they were under 18.',
     'Виконавець знав або мав знати, що цим особам не виповнилося 18 років.'),
    ('6(e)-7', '6(e)', 7, 'CONTEXTUAL',
     'The conduct occurred in the context of a manifest pattern of similar conduct directed against that group, or could by itself bring about such destruction.',
     'Діяння вчинено в контексті очевидної системи подібних дій, спрямованих проти цієї групи, або воно саме по собі могло спричинити таке знищення.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('7(1)(a)-1', '7(1)(a)', 1, 'CONDUCT',
     'The perpetrator caused the death of one or more persons.',
     'Виконавець позбавив життя одну або кількох осіб.'),
    ('7(1)(a)-2', '7(1)(a)', 2, 'CONTEXTUAL',
     'The conduct formed part of a widespread or systematic attack directed against a civilian population.',
     'Діяння було частиною широкомасштабного або систематичного нападу, спрямованого проти цивільного населення.'),
    ('7(1)(a)-3', '7(1)(a)', 3, 'CONTEXTUAL',
     'The perpetrator knew that the conduct was part of such an attack, or intended it to be part of one.',
     'Виконавець знав, що діяння є частиною такого нападу, або мав намір, щоб воно стало його частиною.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('7(1)(d)-1', '7(1)(d)', 1, 'CONDUCT',
     'The perpetrator, without grounds permitted under international law, deported or forcibly transferred one or more persons to another State or location by expulsion or other coercive acts.',
     'Виконавець без підстав, дозволених міжнародним правом, депортував або примусово перемістив одну чи кількох осіб до іншої держави або в інше місце шляхом вигнання чи інших примусових дій.'),
    ('7(1)(d)-2', '7(1)(d)', 2, 'CIRCUMSTANCE',
     'The person or persons were lawfully present in the area from which they were deported or transferred.',
     'Ці особи законно перебували в місцевості, з якої їх депортовано або переміщено.'),
    ('7(1)(d)-3', '7(1)(d)', 3, 'MENTAL',
     'The perpetrator was aware of the facts establishing that their presence was lawful.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про законність їхнього перебування.'),
    ('7(1)(d)-4', '7(1)(d)', 4, 'CONTEXTUAL',
     'The conduct formed part of a widespread or systematic attack directed against a civilian population.',
     'Діяння було частиною широкомасштабного або систематичного нападу, спрямованого проти цивільного населення.'),
    ('7(1)(d)-5', '7(1)(d)', 5, 'CONTEXTUAL',
     'The perpetrator knew that the conduct was part of such an attack, or intended it to be part of one.',
     'Виконавець знав, що діяння є частиною такого нападу, або мав намір, щоб воно стало його частиною.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('7(1)(f)-1', '7(1)(f)', 1, 'CONDUCT',
     'The perpetrator caused severe physical or mental pain or suffering to one or more persons.',
     'Виконавець заподіяв одній або кільком особам сильний фізичний або психічний біль чи страждання.'),
    ('7(1)(f)-2', '7(1)(f)', 2, 'CIRCUMSTANCE',
     'The victim or victims were in the perpetrator''s custody or under the perpetrator''s control.',
     'Потерпілий або потерпілі перебували під вартою або під контролем виконавця.'),
    ('7(1)(f)-3', '7(1)(f)', 3, 'CIRCUMSTANCE',
     'The pain or suffering did not arise solely from, and was not inherent in or incidental to, lawful sanctions.',
     'Біль чи страждання не були спричинені виключно законними санкціями, не були їм притаманні і не були їхнім супутнім наслідком.'),
    ('7(1)(f)-4', '7(1)(f)', 4, 'CONTEXTUAL',
     'The conduct formed part of a widespread or systematic attack directed against a civilian population.',
     'Діяння було частиною широкомасштабного або систематичного нападу, спрямованого проти цивільного населення.'),
    ('7(1)(f)-5', '7(1)(f)', 5, 'CONTEXTUAL',
     'The perpetrator knew that the conduct was part of such an attack, or intended it to be part of one.',
     'Виконавець знав, що діяння є частиною такого нападу, або мав намір, щоб воно стало його частиною.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('7(1)(i)-1', '7(1)(i)', 1, 'CONDUCT',
     'The perpetrator arrested, detained or abducted one or more persons, or refused to acknowledge such a deprivation of liberty or to give information on their fate or whereabouts.',
     'Виконавець заарештував, затримав або викрав одну чи кількох осіб або відмовився визнати таке позбавлення волі чи надати інформацію про їхню долю або місцеперебування.'),
    ('7(1)(i)-2', '7(1)(i)', 2, 'CIRCUMSTANCE',
     'The arrest, detention or abduction was followed or accompanied by such a refusal, or the refusal was preceded or accompanied by that deprivation of liberty.',
     'За арештом, затриманням чи викраденням послідувала така відмова або її супроводжувала, або ж відмові передувало чи її супроводжувало таке позбавлення волі.'),
    ('7(1)(i)-3', '7(1)(i)', 3, 'MENTAL',
     'The perpetrator was aware that in the ordinary course of events the arrest, detention or abduction would be followed by such a refusal, or that the refusal was preceded or accompanied by that deprivation of liberty.',
     'Виконавець усвідомлював, що за звичайного перебігу подій за арештом, затриманням чи викраденням послідує така відмова, або що відмові передувало чи її супроводжувало таке позбавлення волі.'),
    ('7(1)(i)-4', '7(1)(i)', 4, 'CIRCUMSTANCE',
     'The arrest, detention or abduction was carried out by a State or political organization, or with its authorization, support or acquiescence.',
     'Арешт, затримання чи викрадення здійснила держава або політична організація чи це зроблено з її дозволу, за її підтримки або мовчазної згоди.'),
    ('7(1)(i)-5', '7(1)(i)', 5, 'CIRCUMSTANCE',
     'The refusal to acknowledge the deprivation of liberty or to give information on the victims'' fate or whereabouts was carried out by that State or political organization, or with its authorization or support.',
     'Відмову визнати позбавлення волі чи надати інформацію про долю або місцеперебування потерпілих здійснила ця держава чи політична організація або це зроблено з її дозволу чи за її підтримки.'),
    ('7(1)(i)-6', '7(1)(i)', 6, 'MENTAL',
     'The perpetrator intended to remove the victims from the protection of the law for a prolonged period of time.',
     'Виконавець мав намір позбавити потерпілих захисту закону на тривалий час.'),
    ('7(1)(i)-7', '7(1)(i)', 7, 'CONTEXTUAL',
     'The conduct formed part of a widespread or systematic attack directed against a civilian population.',
     'Діяння було частиною широкомасштабного або систематичного нападу, спрямованого проти цивільного населення.'),
    ('7(1)(i)-8', '7(1)(i)', 8, 'CONTEXTUAL',
     'The perpetrator knew that the conduct was part of such an attack, or intended it to be part of one.',
     'Виконавець знав, що діяння є частиною такого нападу, або мав намір, щоб воно стало його частиною.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(a)(i)-1', '8(2)(a)(i)', 1, 'CONDUCT',
     'The perpetrator caused the death of one or more persons.',
     'Виконавець позбавив життя одну або кількох осіб.'),
    ('8(2)(a)(i)-2', '8(2)(a)(i)', 2, 'CIRCUMSTANCE',
     'The victim or victims were protected under one or more of the 1949 Geneva Conventions.',
     'Потерпілий або потерпілі перебували під захистом однієї чи кількох Женевських конвенцій 1949 року.'),
    ('8(2)(a)(i)-3', '8(2)(a)(i)', 3, 'MENTAL',
     'The perpetrator was aware of the facts establishing that protected status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей захищений статус.'),
    ('8(2)(a)(i)-4', '8(2)(a)(i)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(a)(i)-5', '8(2)(a)(i)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(a)(ii)-1', '8(2)(a)(ii)', 1, 'CONDUCT',
     'The perpetrator caused severe physical or mental pain or suffering to one or more persons.',
     'Виконавець заподіяв одній або кільком особам сильний фізичний або психічний біль чи страждання.'),
    ('8(2)(a)(ii)-2', '8(2)(a)(ii)', 2, 'MENTAL',
     'The perpetrator acted for a purpose such as obtaining information or a confession, punishment, intimidation or coercion, or for any reason based on discrimination of any kind.',
     'Виконавець діяв з такою метою, як отримання інформації чи зізнання, покарання, залякування чи примус, або з будь-якої причини, що ґрунтується на дискримінації будь-якого характеру.'),
    ('8(2)(a)(ii)-3', '8(2)(a)(ii)', 3, 'CIRCUMSTANCE',
     'The victim or victims were protected under one or more of the 1949 Geneva Conventions.',
     'Потерпілий або потерпілі перебували під захистом однієї чи кількох Женевських конвенцій 1949 року.'),
    ('8(2)(a)(ii)-4', '8(2)(a)(ii)', 4, 'MENTAL',
     'The perpetrator was aware of the facts establishing that protected status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей захищений статус.'),
    ('8(2)(a)(ii)-5', '8(2)(a)(ii)', 5, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(a)(ii)-6', '8(2)(a)(ii)', 6, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(a)(vii)-1', '8(2)(a)(vii)', 1, 'CONDUCT',
     'The perpetrator deported or transferred one or more persons to another State or to another location.',
     'Виконавець депортував або перемістив одну чи кількох осіб до іншої держави або в інше місце.'),
    ('8(2)(a)(vii)-2', '8(2)(a)(vii)', 2, 'CIRCUMSTANCE',
     'The victim or victims were protected under one or more of the 1949 Geneva Conventions.',
     'Потерпілий або потерпілі перебували під захистом однієї чи кількох Женевських конвенцій 1949 року.'),
    ('8(2)(a)(vii)-3', '8(2)(a)(vii)', 3, 'MENTAL',
     'The perpetrator was aware of the facts establishing that protected status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей захищений статус.'),
    ('8(2)(a)(vii)-4', '8(2)(a)(vii)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(a)(vii)-5', '8(2)(a)(vii)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(a)(viii)-1', '8(2)(a)(viii)', 1, 'CONDUCT',
     'The perpetrator seized, detained or otherwise held one or more persons hostage.',
     'Виконавець захопив, затримав або іншим чином утримував одну чи кількох осіб як заручників.'),
    ('8(2)(a)(viii)-2', '8(2)(a)(viii)', 2, 'CONDUCT',
     'The perpetrator threatened to kill or injure them or to keep them detained.',
     'Виконавець погрожував убити чи поранити їх або й далі утримувати.'),
    ('8(2)(a)(viii)-3', '8(2)(a)(viii)', 3, 'MENTAL',
     'The perpetrator meant to compel a State, an international organization, a natural or legal person or a group of persons to act or refrain from acting, as an express or implied condition for the hostages'' safety or release.',
     'Виконавець мав намір примусити державу, міжнародну організацію, фізичну чи юридичну особу або групу осіб вчинити певні дії чи утриматися від них як явну або неявну умову безпеки чи звільнення заручників.'),
    ('8(2)(a)(viii)-4', '8(2)(a)(viii)', 4, 'CIRCUMSTANCE',
     'The victim or victims were protected under one or more of the 1949 Geneva Conventions.',
     'Потерпілий або потерпілі перебували під захистом однієї чи кількох Женевських конвенцій 1949 року.'),
    ('8(2)(a)(viii)-5', '8(2)(a)(viii)', 5, 'MENTAL',
     'The perpetrator was aware of the facts establishing that protected status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей захищений статус.'),
    ('8(2)(a)(viii)-6', '8(2)(a)(viii)', 6, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(a)(viii)-7', '8(2)(a)(viii)', 7, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(i)-1', '8(2)(b)(i)', 1, 'CONDUCT',
     'The perpetrator directed an attack.',
     'Виконавець спрямував напад.'),
    ('8(2)(b)(i)-2', '8(2)(b)(i)', 2, 'CIRCUMSTANCE',
     'The target of the attack was the civilian population as such or individual civilians taking no direct part in hostilities.',
     'Об''єктом нападу було цивільне населення як таке або окремі цивільні особи, які не брали безпосередньої участі у воєнних діях.'),
    ('8(2)(b)(i)-3', '8(2)(b)(i)', 3, 'MENTAL',
     'The perpetrator meant the civilian population as such, or those individual civilians, to be the target of the attack.',
     'Виконавець мав намір, щоб об''єктом нападу було саме цивільне населення як таке або ці окремі цивільні особи.'),
    ('8(2)(b)(i)-4', '8(2)(b)(i)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(i)-5', '8(2)(b)(i)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(ii)-1', '8(2)(b)(ii)', 1, 'CONDUCT',
     'The perpetrator directed an attack.',
     'Виконавець спрямував напад.'),
    ('8(2)(b)(ii)-2', '8(2)(b)(ii)', 2, 'CIRCUMSTANCE',
     'The target of the attack was civilian objects, that is objects that are not military objectives.',
     'Об''єктом нападу були цивільні об''єкти, тобто об''єкти, які не є військовими цілями.'),
    ('8(2)(b)(ii)-3', '8(2)(b)(ii)', 3, 'MENTAL',
     'The perpetrator meant those civilian objects to be the target of the attack.',
     'Виконавець мав намір, щоб об''єктом нападу були саме ці цивільні об''єкти.'),
    ('8(2)(b)(ii)-4', '8(2)(b)(ii)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(ii)-5', '8(2)(b)(ii)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(iv)-1', '8(2)(b)(iv)', 1, 'CONDUCT',
     'The perpetrator launched an attack.',
     'Виконавець здійснив напад.'),
    ('8(2)(b)(iv)-2', '8(2)(b)(iv)', 2, 'CIRCUMSTANCE',
     'The attack was such that it would cause incidental death or injury to civilians, damage to civilian objects, or widespread, long-term and severe damage to the natural environment, to an extent clearly excessive in relation to the concrete and direct overall military advantage anticipated.',
     'Напад мав спричинити випадкову загибель чи поранення цивільних осіб, пошкодження цивільних об''єктів або широкомасштабну, довгострокову і серйозну шкоду природному середовищу в обсязі, явно надмірному порівняно з конкретною і безпосередньою загальною очікуваною військовою перевагою.'),
    ('8(2)(b)(iv)-3', '8(2)(b)(iv)', 3, 'MENTAL',
     'The perpetrator knew that the attack would cause such incidental death, injury or damage and that it would be clearly excessive in relation to the military advantage anticipated.',
     'Виконавець знав, що напад спричинить таку випадкову загибель, поранення чи шкоду і що вони будуть явно надмірними порівняно з очікуваною військовою перевагою.'),
    ('8(2)(b)(iv)-4', '8(2)(b)(iv)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(iv)-5', '8(2)(b)(iv)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(viii)-1', '8(2)(b)(viii)', 1, 'CONDUCT',
     'The perpetrator, directly or indirectly, transferred parts of the occupying power''s own population into the territory it occupies, or deported or transferred all or parts of the population of the occupied territory within or outside that territory.',
     'Виконавець прямо чи опосередковано перемістив частину населення окупаційної держави на окуповану нею територію або депортував чи перемістив усе населення окупованої території чи його частину в межах цієї території або за її межі.'),
    ('8(2)(b)(viii)-2', '8(2)(b)(viii)', 2, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(viii)-3', '8(2)(b)(viii)', 3, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(ix)-1', '8(2)(b)(ix)', 1, 'CONDUCT',
     'The perpetrator directed an attack.',
     'Виконавець спрямував напад.'),
    ('8(2)(b)(ix)-2', '8(2)(b)(ix)', 2, 'CIRCUMSTANCE',
     'The target of the attack was one or more buildings dedicated to religion, education, art, science or charitable purposes, historic monuments, hospitals or places where the sick and wounded are collected, and they were not military objectives.',
     'Об''єктом нападу були одна чи кілька будівель, призначених для релігійних, освітніх, мистецьких, наукових чи благодійних цілей, історичні пам''ятки, лікарні або місця зосередження хворих і поранених, які не були військовими цілями.'),
    ('8(2)(b)(ix)-3', '8(2)(b)(ix)', 3, 'MENTAL',
     'The perpetrator meant such buildings, monuments, hospitals or places to be the target of the attack.',
     'Виконавець мав намір, щоб об''єктом нападу були саме такі будівлі, пам''ятки, лікарні чи місця.'),
    ('8(2)(b)(ix)-4', '8(2)(b)(ix)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(ix)-5', '8(2)(b)(ix)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(xvi)-1', '8(2)(b)(xvi)', 1, 'CONDUCT',
     'The perpetrator took possession of certain property.',
     'Виконавець привласнив певне майно.'),
    ('8(2)(b)(xvi)-2', '8(2)(b)(xvi)', 2, 'MENTAL',
     'The perpetrator meant to deprive the owner of the property and to appropriate it for private or personal use.',
     'Виконавець мав намір позбавити власника цього майна і привласнити його для приватного чи особистого користування.'),
    ('8(2)(b)(xvi)-3', '8(2)(b)(xvi)', 3, 'CIRCUMSTANCE',
     'The owner did not consent to the appropriation.',
     'Власник не давав згоди на привласнення майна.'),
    ('8(2)(b)(xvi)-4', '8(2)(b)(xvi)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(xvi)-5', '8(2)(b)(xvi)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(b)(xxv)-1', '8(2)(b)(xxv)', 1, 'CONDUCT',
     'The perpetrator deprived civilians of objects indispensable to their survival, which may include wilfully impeding relief supplies.',
     'Виконавець позбавив цивільних осіб об''єктів, необхідних для їхнього виживання, зокрема шляхом навмисного перешкоджання постачанню допомоги.'),
    ('8(2)(b)(xxv)-2', '8(2)(b)(xxv)', 2, 'MENTAL',
     'The perpetrator intended to starve civilians as a method of warfare.',
     'Виконавець мав намір використати голод серед цивільного населення як метод ведення війни.'),
    ('8(2)(b)(xxv)-3', '8(2)(b)(xxv)', 3, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an international armed conflict.',
     'Діяння вчинено в контексті міжнародного збройного конфлікту, і воно було з ним пов''язане.'),
    ('8(2)(b)(xxv)-4', '8(2)(b)(xxv)', 4, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(c)(i)-1', '8(2)(c)(i)', 1, 'CONDUCT',
     'The perpetrator caused the death of one or more persons.',
     'Виконавець позбавив життя одну або кількох осіб.'),
    ('8(2)(c)(i)-2', '8(2)(c)(i)', 2, 'CIRCUMSTANCE',
     'The victim or victims were hors de combat, or were civilians, medical personnel or religious personnel taking no active part in hostilities.',
     'Потерпілий або потерпілі були особами, які вибули зі строю (hors de combat), або цивільними особами, медичним чи духовним персоналом, які не брали активної участі у воєнних діях.'),
    ('8(2)(c)(i)-3', '8(2)(c)(i)', 3, 'MENTAL',
     'The perpetrator was aware of the facts establishing that status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей статус.'),
    ('8(2)(c)(i)-4', '8(2)(c)(i)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an armed conflict not of an international character.',
     'Діяння вчинено в контексті збройного конфлікту неміжнародного характеру, і воно було з ним пов''язане.'),
    ('8(2)(c)(i)-5', '8(2)(c)(i)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(c)(iii)-1', '8(2)(c)(iii)', 1, 'CONDUCT',
     'The perpetrator seized, detained or otherwise held one or more persons hostage.',
     'Виконавець захопив, затримав або іншим чином утримував одну чи кількох осіб як заручників.'),
    ('8(2)(c)(iii)-2', '8(2)(c)(iii)', 2, 'CONDUCT',
     'The perpetrator threatened to kill or injure them or to keep them detained.',
     'Виконавець погрожував убити чи поранити їх або й далі утримувати.'),
    ('8(2)(c)(iii)-3', '8(2)(c)(iii)', 3, 'MENTAL',
     'The perpetrator meant to compel a State, an international organization, a natural or legal person or a group of persons to act or refrain from acting, as an express or implied condition for the hostages'' safety or release.',
     'Виконавець мав намір примусити державу, міжнародну організацію, фізичну чи юридичну особу або групу осіб вчинити певні дії чи утриматися від них як явну або неявну умову безпеки чи звільнення заручників.'),
    ('8(2)(c)(iii)-4', '8(2)(c)(iii)', 4, 'CIRCUMSTANCE',
     'The victim or victims were hors de combat, or were civilians, medical personnel or religious personnel taking no active part in hostilities.',
     'Потерпілий або потерпілі були особами, які вибули зі строю (hors de combat), або цивільними особами, медичним чи духовним персоналом, які не брали активної участі у воєнних діях.'),
    ('8(2)(c)(iii)-5', '8(2)(c)(iii)', 5, 'MENTAL',
     'The perpetrator was aware of the facts establishing that status.',
     'Виконавець усвідомлював фактичні обставини, які зумовлювали цей статус.'),
    ('8(2)(c)(iii)-6', '8(2)(c)(iii)', 6, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an armed conflict not of an international character.',
     'Діяння вчинено в контексті збройного конфлікту неміжнародного характеру, і воно було з ним пов''язане.'),
    ('8(2)(c)(iii)-7', '8(2)(c)(iii)', 7, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(e)(i)-1', '8(2)(e)(i)', 1, 'CONDUCT',
     'The perpetrator directed an attack.',
     'Виконавець спрямував напад.'),
    ('8(2)(e)(i)-2', '8(2)(e)(i)', 2, 'CIRCUMSTANCE',
     'The target of the attack was the civilian population as such or individual civilians taking no direct part in hostilities.',
     'Об''єктом нападу було цивільне населення як таке або окремі цивільні особи, які не брали безпосередньої участі у воєнних діях.'),
    ('8(2)(e)(i)-3', '8(2)(e)(i)', 3, 'MENTAL',
     'The perpetrator meant the civilian population as such, or those individual civilians, to be the target of the attack.',
     'Виконавець мав намір, щоб об''єктом нападу було саме цивільне населення як таке або ці окремі цивільні особи.'),
    ('8(2)(e)(i)-4', '8(2)(e)(i)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an armed conflict not of an international character.',
     'Діяння вчинено в контексті збройного конфлікту неміжнародного характеру, і воно було з ним пов''язане.'),
    ('8(2)(e)(i)-5', '8(2)(e)(i)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(e)(iv)-1', '8(2)(e)(iv)', 1, 'CONDUCT',
     'The perpetrator directed an attack.',
     'Виконавець спрямував напад.'),
    ('8(2)(e)(iv)-2', '8(2)(e)(iv)', 2, 'CIRCUMSTANCE',
     'The target of the attack was one or more buildings dedicated to religion, education, art, science or charitable purposes, historic monuments, hospitals or places where the sick and wounded are collected, and they were not military objectives.',
     'Об''єктом нападу були одна чи кілька будівель, призначених для релігійних, освітніх, мистецьких, наукових чи благодійних цілей, історичні пам''ятки, лікарні або місця зосередження хворих і поранених, які не були військовими цілями.'),
    ('8(2)(e)(iv)-3', '8(2)(e)(iv)', 3, 'MENTAL',
     'The perpetrator meant such buildings, monuments, hospitals or places to be the target of the attack.',
     'Виконавець мав намір, щоб об''єктом нападу були саме такі будівлі, пам''ятки, лікарні чи місця.'),
    ('8(2)(e)(iv)-4', '8(2)(e)(iv)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an armed conflict not of an international character.',
     'Діяння вчинено в контексті збройного конфлікту неміжнародного характеру, і воно було з ним пов''язане.'),
    ('8(2)(e)(iv)-5', '8(2)(e)(iv)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');
INSERT INTO legal_element (code, crime_code, position, kind, text_en, text_uk) VALUES
    ('8(2)(e)(v)-1', '8(2)(e)(v)', 1, 'CONDUCT',
     'The perpetrator took possession of certain property.',
     'Виконавець привласнив певне майно.'),
    ('8(2)(e)(v)-2', '8(2)(e)(v)', 2, 'MENTAL',
     'The perpetrator meant to deprive the owner of the property and to appropriate it for private or personal use.',
     'Виконавець мав намір позбавити власника цього майна і привласнити його для приватного чи особистого користування.'),
    ('8(2)(e)(v)-3', '8(2)(e)(v)', 3, 'CIRCUMSTANCE',
     'The owner did not consent to the appropriation.',
     'Власник не давав згоди на привласнення майна.'),
    ('8(2)(e)(v)-4', '8(2)(e)(v)', 4, 'CONTEXTUAL',
     'The conduct occurred in the context of, and was connected with, an armed conflict not of an international character.',
     'Діяння вчинено в контексті збройного конфлікту неміжнародного характеру, і воно було з ним пов''язане.'),
    ('8(2)(e)(v)-5', '8(2)(e)(v)', 5, 'CONTEXTUAL',
     'The perpetrator was aware of the facts establishing that an armed conflict existed.',
     'Виконавець усвідомлював фактичні обставини, які свідчили про існування збройного конфлікту.');

-- Suggestions: incident type and target ('*' = any target) to crimes, in the order offered.
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', '*', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', '*', '8(2)(b)(ii)', 2),
    ('AIR_STRIKE', '*', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(ii)', 1),
    ('AIR_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(iv)', 2),
    ('AIR_STRIKE', 'ENERGY_FACILITY', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('AIR_STRIKE', 'HOSPITAL', '8(2)(b)(i)', 2),
    ('AIR_STRIKE', 'HOSPITAL', '8(2)(b)(iv)', 3),
    ('AIR_STRIKE', 'HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('AIR_STRIKE', 'KINDERGARTEN', '8(2)(b)(i)', 2),
    ('AIR_STRIKE', 'KINDERGARTEN', '8(2)(b)(ii)', 3),
    ('AIR_STRIKE', 'KINDERGARTEN', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 2),
    ('AIR_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('AIR_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(i)', 2),
    ('AIR_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(iv)', 3),
    ('AIR_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'OTHER', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', 'OTHER', '8(2)(b)(ii)', 2),
    ('AIR_STRIKE', 'OTHER', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'PERSONS', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', 'PERSONS', '8(2)(b)(iv)', 2);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('AIR_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(i)', 2),
    ('AIR_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ii)', 3),
    ('AIR_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 2),
    ('AIR_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('AIR_STRIKE', 'SCHOOL', '8(2)(b)(i)', 2),
    ('AIR_STRIKE', 'SCHOOL', '8(2)(b)(ii)', 3),
    ('AIR_STRIKE', 'SCHOOL', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('AIR_STRIKE', 'VEHICLE', '8(2)(b)(i)', 1),
    ('AIR_STRIKE', 'VEHICLE', '8(2)(b)(ii)', 2),
    ('AIR_STRIKE', 'VEHICLE', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('ATTACK_ON_ENERGY_INFRASTRUCTURE', '*', '8(2)(b)(ii)', 1),
    ('ATTACK_ON_ENERGY_INFRASTRUCTURE', '*', '8(2)(b)(iv)', 2),
    ('ATTACK_ON_ENERGY_INFRASTRUCTURE', '*', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('ATTACK_ON_MEDICAL_FACILITY', '*', '8(2)(b)(ix)', 1),
    ('ATTACK_ON_MEDICAL_FACILITY', '*', '8(2)(b)(i)', 2),
    ('ATTACK_ON_MEDICAL_FACILITY', '*', '8(2)(b)(iv)', 3),
    ('ATTACK_ON_MEDICAL_FACILITY', '*', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', '*', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', '*', '8(2)(b)(ii)', 2),
    ('CLUSTER_MUNITION_ATTACK', '*', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'ENERGY_FACILITY', '8(2)(b)(ii)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'ENERGY_FACILITY', '8(2)(b)(iv)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'ENERGY_FACILITY', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'HOSPITAL', '8(2)(b)(i)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'HOSPITAL', '8(2)(b)(iv)', 3),
    ('CLUSTER_MUNITION_ATTACK', 'HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'KINDERGARTEN', '8(2)(b)(i)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'KINDERGARTEN', '8(2)(b)(ii)', 3),
    ('CLUSTER_MUNITION_ATTACK', 'KINDERGARTEN', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'MARKET_OR_SHOP', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'MARKET_OR_SHOP', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'MATERNITY_HOSPITAL', '8(2)(b)(i)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'MATERNITY_HOSPITAL', '8(2)(b)(iv)', 3),
    ('CLUSTER_MUNITION_ATTACK', 'MATERNITY_HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'OTHER', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'OTHER', '8(2)(b)(ii)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'OTHER', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'PERSONS', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'PERSONS', '8(2)(b)(iv)', 2);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'PLACE_OF_WORSHIP', '8(2)(b)(i)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'PLACE_OF_WORSHIP', '8(2)(b)(ii)', 3),
    ('CLUSTER_MUNITION_ATTACK', 'PLACE_OF_WORSHIP', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'RESIDENTIAL_BUILDING', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'RESIDENTIAL_BUILDING', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'SCHOOL', '8(2)(b)(i)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'SCHOOL', '8(2)(b)(ii)', 3),
    ('CLUSTER_MUNITION_ATTACK', 'SCHOOL', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('CLUSTER_MUNITION_ATTACK', 'VEHICLE', '8(2)(b)(i)', 1),
    ('CLUSTER_MUNITION_ATTACK', 'VEHICLE', '8(2)(b)(ii)', 2),
    ('CLUSTER_MUNITION_ATTACK', 'VEHICLE', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DEPORTATION_OR_TRANSFER', '*', '8(2)(a)(vii)', 1),
    ('DEPORTATION_OR_TRANSFER', '*', '8(2)(b)(viii)', 2),
    ('DEPORTATION_OR_TRANSFER', '*', '7(1)(d)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', '*', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', '*', '8(2)(b)(ii)', 2),
    ('DRONE_STRIKE', '*', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(ii)', 1),
    ('DRONE_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(iv)', 2),
    ('DRONE_STRIKE', 'ENERGY_FACILITY', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('DRONE_STRIKE', 'HOSPITAL', '8(2)(b)(i)', 2),
    ('DRONE_STRIKE', 'HOSPITAL', '8(2)(b)(iv)', 3),
    ('DRONE_STRIKE', 'HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('DRONE_STRIKE', 'KINDERGARTEN', '8(2)(b)(i)', 2),
    ('DRONE_STRIKE', 'KINDERGARTEN', '8(2)(b)(ii)', 3),
    ('DRONE_STRIKE', 'KINDERGARTEN', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 2),
    ('DRONE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('DRONE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(i)', 2),
    ('DRONE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(iv)', 3),
    ('DRONE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'OTHER', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', 'OTHER', '8(2)(b)(ii)', 2),
    ('DRONE_STRIKE', 'OTHER', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'PERSONS', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', 'PERSONS', '8(2)(b)(iv)', 2);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('DRONE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(i)', 2),
    ('DRONE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ii)', 3),
    ('DRONE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 2),
    ('DRONE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('DRONE_STRIKE', 'SCHOOL', '8(2)(b)(i)', 2),
    ('DRONE_STRIKE', 'SCHOOL', '8(2)(b)(ii)', 3),
    ('DRONE_STRIKE', 'SCHOOL', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('DRONE_STRIKE', 'VEHICLE', '8(2)(b)(i)', 1),
    ('DRONE_STRIKE', 'VEHICLE', '8(2)(b)(ii)', 2),
    ('DRONE_STRIKE', 'VEHICLE', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('ENFORCED_DISAPPEARANCE', '*', '7(1)(i)', 1),
    ('ENFORCED_DISAPPEARANCE', '*', '8(2)(a)(vii)', 2),
    ('ENFORCED_DISAPPEARANCE', '*', '7(1)(e)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', '*', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', '*', '8(2)(b)(ii)', 2),
    ('MISSILE_STRIKE', '*', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(ii)', 1),
    ('MISSILE_STRIKE', 'ENERGY_FACILITY', '8(2)(b)(iv)', 2),
    ('MISSILE_STRIKE', 'ENERGY_FACILITY', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('MISSILE_STRIKE', 'HOSPITAL', '8(2)(b)(i)', 2),
    ('MISSILE_STRIKE', 'HOSPITAL', '8(2)(b)(iv)', 3),
    ('MISSILE_STRIKE', 'HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('MISSILE_STRIKE', 'KINDERGARTEN', '8(2)(b)(i)', 2),
    ('MISSILE_STRIKE', 'KINDERGARTEN', '8(2)(b)(ii)', 3),
    ('MISSILE_STRIKE', 'KINDERGARTEN', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 2),
    ('MISSILE_STRIKE', 'MARKET_OR_SHOP', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('MISSILE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(i)', 2),
    ('MISSILE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(iv)', 3),
    ('MISSILE_STRIKE', 'MATERNITY_HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'OTHER', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', 'OTHER', '8(2)(b)(ii)', 2),
    ('MISSILE_STRIKE', 'OTHER', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'PERSONS', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', 'PERSONS', '8(2)(b)(iv)', 2);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('MISSILE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(i)', 2),
    ('MISSILE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(ii)', 3),
    ('MISSILE_STRIKE', 'PLACE_OF_WORSHIP', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 2),
    ('MISSILE_STRIKE', 'RESIDENTIAL_BUILDING', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('MISSILE_STRIKE', 'SCHOOL', '8(2)(b)(i)', 2),
    ('MISSILE_STRIKE', 'SCHOOL', '8(2)(b)(ii)', 3),
    ('MISSILE_STRIKE', 'SCHOOL', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('MISSILE_STRIKE', 'VEHICLE', '8(2)(b)(i)', 1),
    ('MISSILE_STRIKE', 'VEHICLE', '8(2)(b)(ii)', 2),
    ('MISSILE_STRIKE', 'VEHICLE', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', '*', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', '*', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', '*', '8(2)(b)(ii)', 3),
    ('PROPERTY_DESTRUCTION', '*', '8(2)(b)(xvi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'ENERGY_FACILITY', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', 'ENERGY_FACILITY', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', 'ENERGY_FACILITY', '8(2)(b)(ii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('PROPERTY_DESTRUCTION', 'HOSPITAL', '8(2)(a)(iv)', 2),
    ('PROPERTY_DESTRUCTION', 'HOSPITAL', '8(2)(b)(xiii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('PROPERTY_DESTRUCTION', 'KINDERGARTEN', '8(2)(a)(iv)', 2),
    ('PROPERTY_DESTRUCTION', 'KINDERGARTEN', '8(2)(b)(xiii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'MARKET_OR_SHOP', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', 'MARKET_OR_SHOP', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 3),
    ('PROPERTY_DESTRUCTION', 'MARKET_OR_SHOP', '8(2)(b)(xvi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('PROPERTY_DESTRUCTION', 'MATERNITY_HOSPITAL', '8(2)(a)(iv)', 2),
    ('PROPERTY_DESTRUCTION', 'MATERNITY_HOSPITAL', '8(2)(b)(xiii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'OTHER', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', 'OTHER', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', 'OTHER', '8(2)(b)(ii)', 3),
    ('PROPERTY_DESTRUCTION', 'OTHER', '8(2)(b)(xvi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('PROPERTY_DESTRUCTION', 'PLACE_OF_WORSHIP', '8(2)(a)(iv)', 2),
    ('PROPERTY_DESTRUCTION', 'PLACE_OF_WORSHIP', '8(2)(b)(xiii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'RESIDENTIAL_BUILDING', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', 'RESIDENTIAL_BUILDING', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 3),
    ('PROPERTY_DESTRUCTION', 'RESIDENTIAL_BUILDING', '8(2)(b)(xvi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('PROPERTY_DESTRUCTION', 'SCHOOL', '8(2)(a)(iv)', 2),
    ('PROPERTY_DESTRUCTION', 'SCHOOL', '8(2)(b)(xiii)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('PROPERTY_DESTRUCTION', 'VEHICLE', '8(2)(a)(iv)', 1),
    ('PROPERTY_DESTRUCTION', 'VEHICLE', '8(2)(b)(xiii)', 2),
    ('PROPERTY_DESTRUCTION', 'VEHICLE', '8(2)(b)(ii)', 3),
    ('PROPERTY_DESTRUCTION', 'VEHICLE', '8(2)(b)(xvi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SEXUAL_VIOLENCE', '*', '8(2)(b)(xxii)', 1),
    ('SEXUAL_VIOLENCE', '*', '8(2)(e)(vi)', 2),
    ('SEXUAL_VIOLENCE', '*', '7(1)(g)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', '*', '8(2)(b)(i)', 1),
    ('SHELLING', '*', '8(2)(b)(ii)', 2),
    ('SHELLING', '*', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'ENERGY_FACILITY', '8(2)(b)(ii)', 1),
    ('SHELLING', 'ENERGY_FACILITY', '8(2)(b)(iv)', 2),
    ('SHELLING', 'ENERGY_FACILITY', '7(1)(k)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'HOSPITAL', '8(2)(b)(ix)', 1),
    ('SHELLING', 'HOSPITAL', '8(2)(b)(i)', 2),
    ('SHELLING', 'HOSPITAL', '8(2)(b)(iv)', 3),
    ('SHELLING', 'HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'KINDERGARTEN', '8(2)(b)(ix)', 1),
    ('SHELLING', 'KINDERGARTEN', '8(2)(b)(i)', 2),
    ('SHELLING', 'KINDERGARTEN', '8(2)(b)(ii)', 3),
    ('SHELLING', 'KINDERGARTEN', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'MARKET_OR_SHOP', '8(2)(b)(i)', 1),
    ('SHELLING', 'MARKET_OR_SHOP', '8(2)(b)(ii)', 2),
    ('SHELLING', 'MARKET_OR_SHOP', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'MATERNITY_HOSPITAL', '8(2)(b)(ix)', 1),
    ('SHELLING', 'MATERNITY_HOSPITAL', '8(2)(b)(i)', 2),
    ('SHELLING', 'MATERNITY_HOSPITAL', '8(2)(b)(iv)', 3),
    ('SHELLING', 'MATERNITY_HOSPITAL', '8(2)(b)(xxiv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'OTHER', '8(2)(b)(i)', 1),
    ('SHELLING', 'OTHER', '8(2)(b)(ii)', 2),
    ('SHELLING', 'OTHER', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'PERSONS', '8(2)(b)(i)', 1),
    ('SHELLING', 'PERSONS', '8(2)(b)(iv)', 2);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'PLACE_OF_WORSHIP', '8(2)(b)(ix)', 1),
    ('SHELLING', 'PLACE_OF_WORSHIP', '8(2)(b)(i)', 2),
    ('SHELLING', 'PLACE_OF_WORSHIP', '8(2)(b)(ii)', 3),
    ('SHELLING', 'PLACE_OF_WORSHIP', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'RESIDENTIAL_BUILDING', '8(2)(b)(i)', 1),
    ('SHELLING', 'RESIDENTIAL_BUILDING', '8(2)(b)(ii)', 2),
    ('SHELLING', 'RESIDENTIAL_BUILDING', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'SCHOOL', '8(2)(b)(ix)', 1),
    ('SHELLING', 'SCHOOL', '8(2)(b)(i)', 2),
    ('SHELLING', 'SCHOOL', '8(2)(b)(ii)', 3),
    ('SHELLING', 'SCHOOL', '8(2)(b)(iv)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SHELLING', 'VEHICLE', '8(2)(b)(i)', 1),
    ('SHELLING', 'VEHICLE', '8(2)(b)(ii)', 2),
    ('SHELLING', 'VEHICLE', '8(2)(b)(iv)', 3);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('SUMMARY_EXECUTION', '*', '8(2)(a)(i)', 1),
    ('SUMMARY_EXECUTION', '*', '8(2)(c)(i)', 2),
    ('SUMMARY_EXECUTION', '*', '7(1)(a)', 3),
    ('SUMMARY_EXECUTION', '*', '8(2)(b)(vi)', 4);
INSERT INTO legal_suggestion (incident_type, target, crime_code, position) VALUES
    ('TORTURE', '*', '8(2)(a)(ii)', 1),
    ('TORTURE', '*', '8(2)(c)(i)', 2),
    ('TORTURE', '*', '7(1)(f)', 3),
    ('TORTURE', '*', '8(2)(a)(iii)', 4),
    ('TORTURE', '*', '8(2)(b)(xxi)', 5);
