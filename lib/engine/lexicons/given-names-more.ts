// Given names of many languages, as listed by the person-name data of Faker (@faker-js/faker 10.6.0, Latin script,
// MIT license: given-names-LICENSE.txt), less every word that is also a place, a common or
// function word, a title, a role or a known company (those would make a word a person's first
// name where it is not one). Generated once; data only, no code.
export const MORE_GIVEN_NAMES = `
Aadi Aadidev Aadinath Aaditya Aadrika Aagam Aagney Aagneya Aaliyah Aalok Aaltje Aamod Aanand Aanandaswarup Aanandinii
Aanjaneya Aanuoluwapo Aaratrika Aarav Aarya Aaryan Aarón Aasa Aasha Aashritha Aatmaj Aatmaja Aatreya Aayushmaan
Aayushman Aba Abaco Abadon Abagail Abak Abaka Abakan Abakay Abani Abar Abay Abayomi Abbas Abbey Abbie Abbigail
Abbondanza Abbondanzio Abbondio Abby Abdiel Abdon Abdone Abdonie Abdou Abdoul Abdoulaye Abdulla Abe Abebi Abeiku Abel
Abelard Abelardo Abele Abelin Abeline Abena Abendam Abeni Abenzio Abhaidev Abhaya Abhirath Abhisyanta Abibatou Abibo
Abidin Abigaelle Abigail Abigale Abigayle Abigaïl Abigél Abimbola Abiodun Abiola Abiona Abisola Abisoye Abluç Abner
Abondance Abosede Abou Aboubacar Abraham Abrahám Abramio Abramo Abril Absalon Absolon Absolón Aby Abyasa Abélard Abı
Abılay Abşar Acace Acacie Acacio Acanthe Acar Acario Acaryatanaya Accursio Achaire Achalesvara Acharyanandana
Acharyasuta Achil Achiles Achille Achim Achintya Achyut Acilia Acilio Aciscolo Acrisio Aculina Acun Ada Adah Adalan
Adalard Adalardo Adalbald Adalbaude Adalbert Adalberta Adalberto Adalbéron Adaldı Adalfredo Adalgisa Adalgiso Adaline
Adalmış Adalric Adalrico Adalsinde Adama Adamo Adan Adar Adaugo Adaş Adberilgen Addie Addison Addo Addolorata Ade
Adebankole Adebiyi Adebola Adebowale Adeboye Adebukola Adedaramola Adedayo Adedeji Adedoyin Adegoke Adegrin Adegrine
Adekitan Adekola Adekunle Adel Adela Adelaida Adelaide Adelajda Adelardo Adelasia Adelbert Adelberto Adelchi Adele
Adeleke Adelfo Adelgardo Adelia Adelin Adelina Adeline Adeliya Adell Adella Adelle Adelmo Adelphe Adeltrude Adelya
Adem Adenet Adenike Adeniyi Adeodato Adeola Adeolu Adeoti Adepeju Aderopo Adesewa Adeshina Adesoji Adesua Adetayo
Adetoke Adetoun Adeyi Adheesh Adhiarja Adhiraj Adhrit Adhémar Adi Adiarja Adigun Adika Adikara Adikavi Adil Adile Adin
Adina Adinata Adinath Aditeya Aditya Adityanandan Adityanandana Adjutor Adlı Adlıbeğ Adnân Ado Adolf Adolfa Adolfo
Adolfína Adolph Adolphe Adolphie Adolphus Adone Adonis Adonise Adrain Adraman Adrastée Adrehilde Adria Adriaan Adriana
Adrianna Adriano Adriel Adrien Adriena Adrienne Adrijana Adrione Adripathi Adrián Adriána Adsız Adunni Advaya Adwitiya
Adwoa Adán Adèle Adél Adéla Adélaïde Adélie Adéodat Adıgüzel Adık Adıkutlu Adıkutlutaş Afanasi Afanasie Afaq Affan Afi
Afia Afitap Afolarin Afonso Afra Afro Afton Afua Afşar Afşin Afşın Afəl Afərim Afət Agabio Agafia Agamennone Agape
Agapet Agapito Agasti Agastya Agata Agathange Agathe Agathon Agaton Agazio Agenore Agesilao Agilbert Agilberte Aglae
Aglaia Aglaja Aglaé Agnan Agnane Agneflète Agnes Agnesa Agnese Agneta Agneya Agnieszka Agnimitra Agniprava Agnivesh
Agnos Agnès Agostina Agostino Agrata Agripina Agrippa Agrippin Agrippine Agrypina Agus Agustin Agustina Agustín Agáta
Agâh Ahalya Ahenk Ahilya Ahlem Ahsen Aiace Aida Aidan Aidano Aiden Aidə Aileen Aimable Aimee Aimone Aimé Aimée Aino
Ainārs Aishani Aisyah Aiyana Ajala Ajani Ajeet Ajeng Ajiman Ajimat Ajimin Ajiono Ajit Ajita Ajoke Akalp Akande Akanmu
Akanni Akarsana Akata Akaş Akbatur Akbay Akbaş Akboğa Akbudak Akbulak Akbuğra Akbörü Akdemir Akdoğan Akeem Akif
Akinkunmi Akinlabi Akinwale Akkun Akkunlu Akkurt Akkuş Akofa Akorfa Akos Akosua Akpıra Akroor Aksel Akshainie Akshaj
Akshat Akshata Akshayakeerti Akshita Aksungur Aktan Aktekin Aktimur Akua Akula Akumaa Akunna Akvelīna Akwasi Akwesi
Akça Akçakoca Akçora Akı Akıbudak Akım Akın Akıner Akınçı Ala Alaba Alaban Alabörü Aladağ Alade Aladino Aladoğan Alain
Alaina Alaine Alakurt Alamanno Alambana Alamu Alana Alanis Alanna Alano Alarico Alassane Alayna Alayunt Alayuntlu
Alaïs Alba Alban Albane Albano Albena Alberico Alberte Albertha Albertina Albertýna Albertīne Albin Albina Albino
Alboino Albrecht Albrico Albérade Albéric Albín Albína Alceo Alceste Alcibiade Alcide Alcidie Alcime Alcina Alcine
Alcino Alcyone Alda Aldegonde Aldemir Alden Aldo Aldobrando Aldonce Aldoğan Aldric Aldıgerey Alea Aleandro Aleardo
Aleaume Alec Aleen Alejandra Alejandrin Alek Aleksa Aleksandar Aleksander Aleksandra Aleksej Aleksi Aleksy Alemka Alen
Alena Alene Alenka Aleodor Aleramo Alesea Alessa Alessandra Alessandro Alessia Alessio Aleth Aletha Alevtina Alexandr
Alexandre Alexandrea Alexandrina Alexandrine Alexandro Alexandru Alexane Alexanne Alexe Alexej Alexia Alexie Alexine
Alexis Alexys Alexzander Aleyna Aleš Aleška Alf Alfio Alfons Alfonsa Alfonso Alfonz Alfonzo Alford Alfreda Alfréd
Alfréda Alfrēds Algiso Algu Alia Alic Alica Alican Alicja Alida Aliette Alighiero Alika Alima Alin Alina Aline Aliona
Aliou Alioune Alis Alisa Alisha Alissa Alistar Alivia Alix Aliya Aliyah Aliza Alize Alizé Aliénor Alişan Alişir Aljoša
Alka Alkabölük Alkaevli Alkan Alkaşı Alkış Alla Allan Allegra Allen Allene Alliaume Allie Allison Almerigo Almila
Almine Almira Almire Almiro Alois Aloisie Aloisio Alojz Alojza Alojzije Alok Alonzo Aloyse Aloïs Aloïse Aloīzs Alp
Alpagut Alpamış Alparsbeğ Alparslan Alpata Alpay Alpaya Alpaykağan Alpbamsı Alpbilge Alpdirek Alpdoğan Alper Alperen
Alpertunga Alpgerey Alpha Alphan Alphonse Alphonsine Alphonso Alphée Alpike Alpilig Alpinien Alpkara Alpkutlu Alpkülük
Alptegin Alptunga Alpturan Alptutuk Alptuğrul Alpuluğ Alpurungu Alpurungututuk Alpyörük Alpış Alpşalçı Alsu Altan
Altankan Altankağan Altay Altea Altemur Althea Althée Altmışkara Alton Altuga Altın Altınkan Altınkağan Altınoba
Altıntamgan Altıntamgantarkan Altıntarkan Altıntay Alva Alvah Alvar Alvaro Alvena Alvera Alverta Alverède Alviero
Alvin Alvina Alvis Alvise Alvīne Alwar Aly Alya Alyce Alycia Alysa Alysha Alyson Alyssa Alysson Alícia Alíz Alımga
Alžbeta Alžběta Ama Amabela Amabile Amadeo Amadeus Amadou Amady Amahle Amalia Amaliane Amalie Amalija Amalric Amalthée
Amand Amande Amandin Amandine Amando Amani Amant Amante Amanzio Amar Amara Amaranaath Amarande Amaranthe Amaranto
Amaresh Amari Amarnath Amaryllis Amata Amath Amato Amatore Amauri Amaya Amaç Ambar Amber Ambra Ambre Ambrogio Ambroise
Ambroisie Ambrose Ambrosiano Ambroży Ambrož Ambróz Amdy Amedeo Amedeu Amelia Amelie Ameline Amelio Amely Amelya
Americo Amerigo Ameth Ameyatma Ami Amico Amie Amiel Amilcare Amin Amina Aminat Aminata Aminte Amintore Aminu Amira
Amish Amita Amiya Amleto Ammâr Amodini Amogh Amoke Amon Amone Amope Amore Amos Amour Amparo Ampelio Amrak Amrit Amrita
Amritambu Amul Amya Amza Amália Amálie Amát Amáta Amédée Amélia Améliane Amélie Amélien Améthyste Amālija Anaadi
Anabel Anabela Anabelle Anacleto Anagh Anahi Anaida Anais Anal Anala Anamaria Anamarija Anamika Anand Ananda
Anandamayi Anang Ananta Anar Anasooya Anastacio Anastase Anastasia Anastasie Anastasija Anastasije Anastazija
Anastazja Anastáz Anastázia Anastázie Anasuya Anatol Anatole Anatoli Anatolia Anatolie Anatolii Anatázie Anatólie
Anaël Anaëlle Anaïs Anca Ancelin Anceline Anci Ancica Ancilla Ancuța Anda Andarıman Andaç Andel Andelin Andelko Andelo
Anders Anderson Andi Andoche Andra Andrada Andras Andre Andreane Andreanne Andreea Andrej Andreja Andres Andrian
Andriana Andrija Andrijana Andrina Andris Andro Andromeda Andrzej András André Andrée Andrés Andéol Anděl Anděla
Andělín Andělína Andżelika Andžejs Andžs Anej Anele Anemona Anesa Aneta Anette Anežka Angadrême Ange Angel Angelica
Angelika Angelina Angeline Angelique Angelita Anggabaya Anggun Anghel Anghelina Angie Angilbe Angilberte Angilran
Angoustan Angus Angèle Angélina Angélique Ani Anibal Anica Anicet Aniceto Anicette Anicée Aniello Anika Anila Anilaabh
Anilabh Anish Anissa Anita Aniya Aniyah Anișoara Anja Anjali Anjaneya Anjela Anjelica Anjolaoluwa Anjushree Anjushri
Anka Ankal Anko Annabel Annabell Annabella Annabelle Annagrazia Annalena Annalise Annamae Annamaria Annamarie
Annapurna Anneke Anneli Annelie Annemarie Annemijn Annetta Annette Anni Annibal Annibale Annie Annika Annikki
Annonciade Annunziata Anny Anom Anouar Anouk Anrijs Ansaldo Ansbert Ansberte Ansel Anselm Anselma Anselme Anselmo
Ansgar Ansgary Anshula Ansley Ansovino Anstrudie Ant Antal Ante Antea Antek Antelmo Antero Anthelme Anthelmette Antide
Antigone Antim Antimo Antino Antioco Antoaneta Antoine Antoinette Anton Antone Antonela Antonella Antonello Antonetta
Antonette Antoni Antonia Antonie Antonietta Antonija Antonin Antonina Antonine Antoniu Antony Antonín Antti Antun
Antwan Antwon Antónia António Antônio Anuja Anunay Anuraag Anurag Anusuya Anuța Anwesha Anya Ançuk Anémone Anči Ančica
Anđela Anđelika Anđelina Anıl Anšlavs Apa Apak Apatarkan Aphélie Apolena Apollina Apollinaire Apollinare Apollinary
Apolline Apollo Apollonia Appia Aprançur Apsara Apuleio Aqil Aquilin Aquiline Aquilino Ara Arabela Arabella Arabelle
Araboğa Araceli Aracely Arademir Aral Araldo Aram Arame Aranka Aras Aratone Arbay Arbuz Arcade Arcadi Arcadie Arcadii
Arcadio Archambaud Archan Archange Archibald Archie Archimede Archippo Arcibaldo Arda Ardella Arden Ardith Ardito
Arduino Ardıç Arely Aresio Areta Argelia Argimiro Argine Argo Argono Argu Argun Argıl Ari Ariadna Arialdo Arian Ariana
Ariane Arianna Ariberto Aric Aricie Arie Ariel Ariela Ariele Arielle Arif Arijit Arike Arina Arindam Arinola Ariosto
Aris Aristarco Ariste Aristeo Aristid Aristide Aristione Aristița Aristo Aristofane Aristotele Arjun Arkadiusz Arkady
Arkád Arkādijs Arkın Arkış Arlene Arleta Arlette Arlie Arlo Armance Armand Armande Armandine Armando Armani Armağan
Armel Armeline Armelle Armida Armide Armin Armine Arminio Armīns Arna Arnaldo Arnaud Arnaude Arnaç Arne Arnesh Arno
Arnold Arnolda Arnoldo Arnould Arnošt Arnoštka Arnulfo Arolde Aron Arona Aronne Arpat Arpád Arrigo Arsal Arsen Arsenie
Arsenije Arseniusz Arsinoé Arsipatra Arslan Arslanargun Arslanbörü Arslansungur Arslantegin Arslanyabgu Arsène Arsènie
Arsıl Arta Artanto Artawan Artemisa Arthaud Arthurine Arthème Artiom Artuk Artukaç Artur Arturo Artut Artuš Artémis
Artıınal Artūrs Aruk Arun Aruna Arunthavanathan Arved Arvel Arvid Arvilla Arvīds Arwen Arya Aryan Aryanna Arystarch
Arzen Arçuk Arı Arıboğa Arık Arıkağan Arıkdoruk Arın Arınç Arşun Asa Asake Asartegin Ascanio Ascelin Asceline
Ascension Asdrubale Asel Asella Asha Ashlee Ashleigh Ashlesh Ashly Ashlynn Ashmi Ashok Ashton Ashtyn Asija Asil
Asimodeo Asirwada Asirwanda Asiya Asja Aslesha Aslijan Aslım Asmadi Asman Asmianto Asmita Asmuni Asrı Assomption
Assunta Assunto Asta Astarté Asterio Astianatte Astou Astrida Astride Astrée Astrīda Astérie Asuela Asuğ Aswani Asya
Asım Asığ Ata Atakan Atakağan Atalan Atalay Ataldı Ataleo Atalmış Ataman Atanas Atanasia Atanasio Atanazy Atanázie
Atanáš Atasagun Atasu Ataç Atberilgen Atena Athalie Athanase Athanasie Athena Athina Athos Athénaïs Atila Atilla
Atinuke Atlı Atlıbeğ Atlıkağan Atma Atmaca Atmaja Atmanand Atmananda Atreyee Atreyi Atsız Atta Attila Attilano Attilio
Atunçu Atâullah Atıf Atıgay Atıkutlu Atıkutlutaş Atıla Atılgan Atım Atımer Atış Aube Aubertine Auberto Aubree Aubrey
Aubry Audace Aude Audebert Audeline Audie Audouin Audra Audran Audreanne Audrey Augusta Auguste Augustin Augustina
Augustine Augusto Augustus Augustín Augustýn Augustýna Aulia Aura Aure Aurel Aurelia Aurelian Aureliana Aureliano
Aurelie Aurelio Aureliu Aurelián Aurelle Aurian Auriane Aurica Aurică Auro Aurora Aurore Aurèle Aurélia Aurélie
Aurélienne Aurēlija Ausilia Ausiliatrice Ausilio Austen Austin Austyn Autumn Auxane Auxence Ava Avadhesh Avani
Avantika Avar Aveline Averardo Avery Avigaëlle Avluç Avni Avoye Avram Avşar Awa Awero Awesi Axel Axeline Axelle Axenia
Axinte Aya Ayan Ayana Ayanda Ayas Ayaz Ayaçı Ayaş Aybalta Ayban Aybars Aybeğ Aydan Aydarkağan Aydemir Ayden Aydoğan
Aydoğdu Aydoğmuş Aydın Aydınalp Ayebatari Aygül Aygün Aygırak Ayhan Ayinde Ayinke Ayize Aykal Aykan Aykağan Aykurt
Aykut Ayla Ayleen Aylin Ayluç Ayluçtarkan Ayma Ayman Aymard Aymardine Aymeric Aymon Aymonde Aynur Ayodeji Ayodele
Ayoka Ayomide Ayomikun Ayotude Ayoub Ayren Ayruk Aysar Ayse Aysılığ Aytak Aytaç Aytekin Aytuğ Aytən Ayu Ayushmati
Ayvaz Ayyıldız Ayıtmış Ayız Ayızdağ Ayşıl Aza Azak Azalea Azalée Azban Azeglio Azelia Azeline Azelio Azer Azgan
Azganaz Aziz Azizhan Azmi Azra Azubuike Azzurra Azélie Azıl Açela Açelya Açuk Açık Açılay Açığ Aïcha Aïda Aïssa
Aïssata Aïssatou Aćim Ağabay Ağakağan Ağalak Ağlamış Ağça Aīda Aļģirds Aļģis Aşan Aşanboğa Aşantudun Aşantuğrul Aşkın
Aştaloğul Aşuk Aşıkbulmuş Baaba Baala Baalaaditya Baalagopaal Baba Babacan Babacar Babasola Babatunji Babawale Babeta
Babette Babila Babur Babır Bacco Badabul Bade Badr Badruk Badur Bafana Bagas Bagiya Bagus Bagya Baha Bahadır Bahar
Bahri Bahtiyar Bahula Bahuraksa Bahuwarna Bahuwirya Baidehi Baijayanti Bailee Bailey Bajragin Bakary Bakağul Bakda
Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Baksı Bakti Baktiadi Baktianto Baktiono Bakula Bakır Bakırsokum Bakşı
Bala Balaaditya Balaban Balachandra Baladitya Balagopal Balagovind Balaka Balakatay Balamani Balamantri Balamır
Balangga Balapati Baldassarre Balderico Baldo Baldomero Baldovino Baldu Baldwin Balgopal Balidin Balijan Balkık Balta
Baltacı Baltar Baltazar Balthazar Baltur Baltır Balázs Balçar Balın Bambang Bambina Bamsı Banara Banawa Banawi Bancar
Bandhu Bandhul Bangizwe Bangu Banji Bankim Bankimchandra Bankole Banna Banu Baptiste Bara Barak Baraktöre Baran
Barbarigo Barbe Barbeğ Barbol Barbora Barboğa Barbro Barbu Barbulsun Bardo Bardomiano Bardıbay Bargan Barica Baris
Barkan Barkdoğdu Barkdoğmuş Barkdurdu Barkdurmuş Barkın Barlas Barlıbay Barmaklak Barmaklı Barman Barnaba Barnabás
Barnabáš Barnabé Barney Barrett Barry Barsaba Barsbeğ Barsboğa Barsgan Barsimeo Barskan Barsurungu Bart Bartholome
Barthélemy Bartimée Bartolo Bartolomea Bartolomej Bartolomeo Bartolomeu Bartoloměj Barton Bartu Barça Barçadoğdu
Barçadoğmuş Barçadurdu Barçadurmuş Barçan Barçatoyun Barımtay Barın Barış Bas Basademir Basan Basanti Basanyalavaç
Basar Basarab Basat Basil Basile Basileo Basilia Basilio Basilisse Baskın Basmıl Bassiano Bassilla Bastiaan Bastian
Bastiano Bastien Bastuğrul Bastı Basu Basut Bathilde Batilda Batrak Battal Battista Batu Batuhan Batuk Batur Baturalp
Baudouin Bayankağan Bayançar Bayat Bayazıt Baybars Baybayık Baybiçen Baybora Bayboğa Baybüre Baydar Baydemir Baydur
Baykal Baykara Baykoca Baykuzu Baylee Baymünke Bayna Baynal Baypüre Bayrak Bayram Bayraç Bayruk Bayrı Bayrın Baysungur
Baytara Baytaş Bayunçur Bayur Bayurku Bayutmuş Bayuttu Bayık Bayındır Bayınçur Bazil Bazyli Bazır Baçara Baçman
Baççayman Bağa Bağaalp Bağan Bağatarkan Bağatengrikağan Bağatur Bağaturgerey Bağaturipi Bağatursepi Bağaturçigşi
Bağaışbara Bağaşatulu Bağdagül Bağtaş Bağış Baņuta Başak Başbuğ Başgan Başkurt Başkırt Baştar Başçı Beata Beato
Beatrice Beatriz Beatrycze Beatus Beaulah Bebe Becky Bedir Bedirhan Bediz Bedran Bedreddin Bedri Bedřich Bedřiška Begi
Begil Begine Begitutuk Beglen Begni Behiç Behlül Behram Behrem Behzat Behçet Bek Bekazıl Bekbekeç Beker Bekeç
Bekeçarslan Bekeçarslantegin Bekeçtegin Bekir Beklemiş Bektaş Bektür Bela Belek Belemir Belgi Belgüc Belimir Belina
Belinda Bell Belle Bellino Belma Belo Beltir Beltramo Beltun Belçim Belçir Bence Bende Bendegúz Benedek Benedetta
Benedetto Benedikt Benedikta Benedita Benedykt Benett Bengi Bengt Bengü Beniamin Beniamina Beniamino Benice Benigna
Benigno Benito Benja Benjamim Benjamín Benjámin Benli Benlidemir Bennet Bennett Bennie Benno Benny Benone Benoît Bente
Benthe Benton Benvenuta Benvenuto Benyamin Benício Bera Berardo Berat Berceste Berdibeğ Berend Berendey Berengario
Berenice Berenika Berginsenge Bergü Berinay Berislav Berit Berk Berkan Berkay Berke Berkin Berkiş Berkyaruk Bermek
Bernadetta Bernadette Bernadine Bernarda Bernardo Bernd Berneice Bernhard Bernice Berniece Bernita Beronico Berran
Berre Berry Bert Berta Bertalan Bertha Berthe Berti Bertille Bertold Bertolda Bertoldo Bertolfo Bertram Bertrand Berva
Beryl Berçin Besentegin Besim Besra Bessie Betania Betemir Beth Bethany Bethel Betina Betsy Betta Bette Bettie Betty
Bettye Beulah Beuve Beverly Beyizçi Beyrek Beyrem Beáta Beçeapa Beçkem Beāte Beğ Beğarslan Beğbars Beğbilgeçikşin
Beğboğa Beğdemir Beğdilli Beğdurmuş Beğkulu Beğtaş Beğtegin Beğtüzün Beğçur Beňadik Beşer Beşir Bhaanumati Bhaasvan
Bhaaswar Bhadra Bhadrak Bhadraksh Bhadran Bhagavaan Bhagirathi Bhagvan Bhagwanti Bhagwati Bhamini Bhanumati Bharadwaj
Bharat Bhardwaj Bhargava Bhargavi Bhasvan Bhaswar Bhaumik Bhavani Bhaves Bheeshma Bhekimuzi Bhekizizwe Bhekumbuso
Bhilangana Bhima Bhisham Bhishma Bhoj Bhoopat Bhoopati Bhooshan Bhooshit Bhramar Bhudev Bhudeva Bhupati Bhupen Bhushan
Bhushit Bhuvanesh Bhuvaneshwar Biagio Bianca Bianka Bibek Bibi Bibiana Bibianna Bibiano Bibiána Bice Bijay Bikash
Bilal Bilge Bilgebayunçur Bilgebeğ Bilgekan Bilgekağan Bilgekutluk Bilgekülüçur Bilgetamgacı Bilgetardu Bilgetaçam
Bilgetegin Bilgetonyukuk Bilgez Bilgeçikşin Bilgeışbara Bilgeışbaratamgan Bilgin Bilgiç Bilig Biligköngülsengün Bilik
Biljana Billie Billurə Billy Bilva Bilwa Bilâl Bina Binbeği Bindir Bindo Bineta Bino Binta Bintou Birane Birdie Birgit
Birgita Birgitta Birgitte Birino Birjesh Birol Bisenija Biserka Bishal Bishnu Bivoj Biçek Bjarne Bjorn Björn Bjørn
Blagica Blagoje Blahomil Blahomila Blahomír Blahomíra Blahoslav Blahoslava Blair Blaise Blake Blanca Blanche Blandine
Blanduzia Blanka Blaze Blažej Blažena Boas Boaz Boban Bobana Bobbi Bobbie Bobby Bodhan Bodhi Bodi Boet Bogdan Bogdana
Boglárka Bogoljub Bohdan Bohdana Bohuchval Bohumil Bohumila Bohumír Bohumíra Bohun Bohuna Bohuslav Bohuslava Bohuš
Bohuše Bohémond Bojan Bojana Bojislava Bolatito Boldaz Boldizsár Bolemír Boleslav Boleslava Bolmuş Bolsun Bolun
Boluwatife Bon Bonagiunta Bonaldo Bonaventura Bonavita Boncuk Bonginkosi Bongul Bongulboğa Boniface Bonifacio Bonifác
Bonita Bonito Bonnie Bora Boran Borbála Borek Borislav Borislava Borivoje Borjan Borka Borko Borlukçu Borna Bornak
Bortolo Borys Borçul Boróka Bosiljka Botond Bouba Boubacar Boubou Bouchard Bowie Boyan Boyankulu Boyd Boylabağa
Boylabağatarkan Boylakutlutarkan Bozan Bozbörü Bozdoğan Bozkurt Bozkuş Bozok Boğa Boğaç Boğaçuk Boļeslavs Bořek
Bořislav Bořislava Bořivoj Boško Boža Božena Božetěch Božetěcha Božica Božidar Božidara Božislav Braden Bradford
Bradley Bradly Brady Braeden Brahma Brahmaanand Brahmabrata Brahmanandam Brahmdev Brain Brajan Brajendra Brajesh Bram
Brancaleone Brandi Brando Brandt Brandyn Branimir Branimira Branimír Branimíra Branislav Branislava Branka Brankica
Branko Brannon Branson Brant Bratislav Braulio Braxton Brayan Breana Breanna Breanne Brenda Brendan Brenden Brendon
Brenn Brenna Brennan Brennon Breno Brent Bret Brett Bria Briac Briana Brianne Brice Bridget Bridgette Bridie Brielle
Brieuc Brigida Brigita Brigitta Brigitte Brijesh Brionna Brisa Brita Britney Britt Brittany Brock Broderick Brody
Bronislav Bronislava Brooke Brooks Broņislavs Bruna Brunehaut Brunehilde Brunhilda Brunilde Bruto Bryan Bryana Bryant
Bryce Brycen Brygida Bryon Brájen Brândușa Brăduț Buchi Bucur Budak Budağ Buddha Buddhana Buddy Budhil Budi Budimir
Budimír Budislav Budivoj Budunlu Buford Buhle Bukak Bukaktutuk Bukola Bulah Bulak Bulan Bulaçapan Buldur Bulgak Bulmaz
Bulmuş Buluk Bulut Buluç Buluğ Buluş Bumın Bunmi Bunsuz Burak Burdette Burguçan Burhan Burkay Burley Burnice Burslan
Burulday Burulgu Burunduk Burçak Busayo Busisiwe Buster Butak Butuk Buyan Buyandemir Buyankara Buyançuk Buyat Buyraç
Buyruk Buyruç Buzaç Buzaçtutuk Buçan Buçur Buğday Buğra Buğrakarakağan Buşulgan Byron Bystrík Bálint Bárbara Bâki
Béatrice Bénigne Bénédicte Béranger Bérangère Bérard Bíborka Bögde Böge Bögü Bökde Böke Bölen Bölükbaşı Bönek Bönge
Börteçine Börü Börübars Börüsengün Büdüs Büdüstudun Bügdüz Bügdüzemen Büge Bügü Bükdüz Büke Bükebuyraç Bükebuyruç
Bükey Büktegin Büküşboğa Bülent Bümen Bünyamin Bünül Büre Bürgüt Bürkek Bürküt Bürlük Büğübilge Bārbala Bănel Běla
Bıdın Bıtaybıkı Bıtrı Bıçkı Bıçkıcı Błażej Břetislav Břetislava Bəhram Bəhruz Bəxtiyar Bəyaz Cade Caden Caesar Caetana
Cafer Cagak Cager Cahid Cahya Cahyadi Cahyanto Cahyo Cahyono Caino Caio Caitlin Caitlyn Caius Caket Cakrabirawa
Cakrabuana Cakrajiya Cakrawala Cakrawangsa Calanico Calcedonio Cale Caleb Calebe Caleigh Cali Calin Calina Calista
Calixte Callie Callisto Callum Calogera Calogero Calpurnia Calvin Camden Camelia Cameron Camil Camila Camilla Camille
Camillien Camillo Camren Camron Camryn Camylle Camélien Canalp Candace Candelario Candice Candida Candide Candido
Candra Candrakanta Canel Caner Cangül Cankan Cannur Cansel Cansu Cansın Cantemir Cantidio Canziano Capa Capitolina
Capucine Cara Caraka Carey Caribert Caridad Carina Carine Carissa Carla Carlee Carles Carley Carli Carlie Carlijn
Carlo Carloman Carlota Carlotta Carlton Carmel Carmela Carmella Carmelo Carmina Carmine Carminho Carmo Carola
Carolanne Carole Carolin Carolyn Carolyne Caronte Carponio Carrie Carroll Carson Carter Carub Cary Cas Casandra Casey
Casian Casiana Casilda Casimer Casimir Casimira Casimiro Caspar Casper Cassandra Cassandre Cassiano Cassidy Cassie
Cassien Cassio Cassiopea Casto Cataldo Cataleya Catalin Catarina Catena Caterina Catharina Catharine Cathrine Cathryn
Cathy Catinca Cato Catrin Catrina Catrinel Catullo Catur Caturangga Cauã Cavid Cawisadi Cawisono Cawuk Cayadi Cayla
Cazimir Ceasar Cebe Ceca Cecco Cecelia Cecep Cecil Cecile Cecilia Cecilie Cecilio Cecylia Cecyliusz Cecília Cecílie
Cedric Cedrick Cedrik Cedrin Celal Celasun Celeste Celestin Celestina Celestine Celestino Celestýn Celestýna Celia
Celie Celil Celina Celine Celinia Celso Celâleddin Cem Cemal Cemali Cemani Cemeti Cemil Cemplunk Cengkal Cengkir Cenk
Cerasela Ceren Cesar Cesare Cesario Cevahir Cevat Ceyda Ceyhun Ceyla Ceylan Ceylin Ceylinaz Cezar Cezara Cezary Cezmi
Chaanakya Chaaruchandra Chadd Chadrick Chaim Chaitan Chakor Chakradhar Chakravartee Chakravarti Chakrika Chanakya
Chanda Chandak Chandan Chandani Chandi Chandini Chandira Chandler Chandni Chandra Chandraayan Chandrabhaga Chandrabhan
Chandradev Chandrakala Chandraketu Chandrakin Chandramani Chandramauli Chandramohan Chandran Chandranath Chandrani
Chandraprabha Chandraswaroopa Chandravati Chanel Chanelle Chantal Chapal Chapala Charak Charl Charlaine Charleen
Charlemagne Charlene Charley Charli Charline Charlotta Charlotte Charuchandra Charumati Charuvrat Charvi Chase Chasity
Chaten Chatur Chatura Chaturaanan Chaturbhuj Chauncey Chaya Chayenne Chaz Cheikh Cheikhou Chekhouna Chelsea Chelsey
Chelsie Cherechi Cherif Cherubino Cheryl Chester Chet Chetan Chetanaanand Cheyanne Cheyenne Chiaffredo Chiamaka Chiara
Chidaakaash Chidaatma Chidambar Chidambaram Chidananda Childebert Chilpéric Chimamanda Chinedu Chinmayanand
Chinmayananda Chinyere Chira Chiranjeev Chiranjeeve Chiril Chirill Chisom Chitraksh Chitrali Chitramala Chitrangada
Chizoba Chloe Chloé Chrabroš Chraniboj Chranibor Chranislav Chranislava Christ Christa Christelle Christer Christiaan
Christiana Christiane Christiano Christie Christin Christodule Christoffer Christop Christoph Christophe Christy
Chrudoš Chrysole Chrysostome Chrétien Chukwu Chval Chyna Ciaobella Ciara Cicero Cici Cielo Cierra Cihad Cihan Cihangir
Cihanşah Cilvenaz Cindy Cino Cinta Cinthia Cinzia Ciprian Cipriana Cipriano Cirano Ciriaco Cirilla Cirillo Cirino Ciro
Citlalli Citra Civan Claas Claes Clair Clara Clarabelle Clare Clarence Clarenzio Clarisa Clarissa Clarisse Clark Claud
Claude Claudie Claudien Claudine Claudio Claudiu Claus Clavdia Clay Clayton Cleandro Clelia Clemens Clement Clemente
Clementina Clementine Clemenzia Clemmie Cleo Cleofe Cleonico Cleopatra Cleora Cleta Cletus Cleve Clifford Clifton
Climaco Clinio Clint Clinton Clio Clodomiro Clodoveo Cloe Clorinda Clotaire Clotilde Clovis Cloyd Clyde Cléandre
Clélie Clémence Clément Clémentine Cléry Coby Coco Codin Codrin Codrina Codruț Codruța Cody Coen Cointa Colby Cole
Coleman Coline Colins Colleen Collien Collin Colmanno Colmazio Colomba Colombano Colt Colten Colton Columbus
Concepcion Concepción Conception Concetta Concetto Conchita Concordio Conner Connie Connor Conor Conrad Consolata
Constance Constantia Constantin Constantina Constança Constanța Constatin Consuela Consuelo Cooper Cora Coralia
Coralie Coraline Corbin Corbiniano Cordelia Cordell Cordia Cordie Corene Coreno Corentin Corentine Corey Corina Corine
Corinna Corinne Coriolano Cornel Cornelia Cornelio Cornelis Corneliu Cornelius Cornell Coronato Corrado Corrine Cortez
Cortney Corvin Cory Cosima Cosimo Cosma Cosmin Cosmina Costache Costante Costantino Costanza Costanzo Costel Costin
Coty Coumba Courtney Coşkun Coşkuner Crawford Cremenzio Crenguța Creola Crescente Crescenzia Crescenzio Crespignano
Crin Crina Crispino Cristal Cristaldo Cristea Cristian Cristiana Cristiano Cristin Cristina Cristián Cristobal
Cristofor Cristoforo Cristopher Cristóbal Crocefissa Crocefisso Cronida Cruz Crystel Csaba Csanád Csenge Csongor
Ctibor Ctibora Ctirad Ctirada Ctislav Ctislava Cullen Cumhur Cunegonda Cuniberto Cupido Curt Curtis Cuzia Cvijan
Cvijetin Cydney Cynthia Cyntie Cyprien Cyprián Cyra Cyriaque Cyrielle Cyril Cyrila Cyrille Cyrus Cyryl Cândar Cécile
Cédric Céleste Célestin Célestine Célia Célien Céline Césaire César Cézar Côme Cübeyr Cüneyt Călin Cătălin Cătălina
Cılasun D'angelo Daan Daantje Dabiživ Dacian Daciana Daciano Dacin Dacio Dada Dadap Dadi Dado Daevi Daevika Dafina
Dafne Dag Dagel Dagmar Dagmara Dagmāra Dagoberto Dahlia Daiana Daija Dainuvīte Daisha Daiwik Dajana Daksha Dakshayani
Dale Daley Dalia Dalibor Dalibora Daliborka Dalida Dalie Dalila Dalima Daliman Dalimil Dalimila Dalimin Dalimír
Dalimíra Daliono Dallin Dalmazio Dalton Damar Damaris Damaso Damayanti Dameon Damian Damiana Damiano Damien Damife
Damil Damilare Damilola Damin Damion Damir Damián Damiána Damjan Damjanka Damla Damocle Damodara Damola Damon Damu Dan
Dana Danang Dandak Dandapaani Dandre Dangelo Dani Danial Danica Daniela Daniele Daniella Danielle Daniil Danijel
Danijela Danika Danil Danila Danilo Danio Danique Daniswara Daniël Danjuma Danka Danko Dannie Dante Danu Danuja Danuta
Danuše Danyka Daouda Daphne Daphnee Daphney Daphné Dara Darasimi Darby Darcy Darek Daren Daria Darian Dariana Dariati
Darie Darien Darija Darijan Darimin Darin Darina Darinka Dario Darion Darius Dariusz Darja Darko Darla Darleen Darlene
Darmaji Darman Darmana Darmanto Darnell Daron Darrel Darrell Darren Darrick Darrin Darrion Darron Darryl Darshan
Darshwana Darsirah Dartono Daru Daruna Darwin Daryani Daryl Dasa Dashawn Dasia Datta Dave Davey Davi Davida Davide
Davin Davina Davino Davion Davon Davonte Davor Davorin Davud Davy Dawid Dawson Dax Dayaamay Dayaananda Dayaanidhi
Dayamayee Dayana Dayna Dayne Dayton Dağhan Deangelo Deanna Deb Debbie Debora Debra Decebal Decimo Declan Dedric
Dedrick Dee Deeksha Deen Deenabandhu Deepali Deepan Deepankar Deependra Deepesh Deepika Deeptanshu Deeptendu Deeptiman
Deeptimay Deeptimayee Deeptimoy Deeptimoyee Deevakar Defne Degna Deion Dejah Dejan Dejana Dejon Dejuan Delaney Delbert
Delfina Delfino Delia Delie Delilah Delinda Delizia Della Delmer Delores Delpha Delphia Delphin Delphine Demarco
Demarcus Demario Demba Demet Demeter Demetra Demetria Demetrio Demetris Demetrius Demetriusz Demi Demilade Demiralp
Demirhan Democrito Demond Demostene Dena Deneval Denis Denisa Denise Denisz Deniz Denizalp Denny Deodata Deodato Deon
Deondre Deontae Deonte Dereck Derek Derick Derin Deron Derrick Derviş Derya Desanka Desdemona Deshaun Deshawn
Desiderata Desiderato Desiderio Desimir Desiree Despina Dessie Destan Destany Deste Destin Destinee Destiney Destini
Destiny Dev Devadatt Devagya Devajyoti Devak Devan Devangana Devani Devante Devasree Devdan Deven Devesh Deveshwar
Devi Devika Devin Devon Devonte Devota Devran Devvrat Devyn Dewayne Dewey Dewi Dewitt Dex Dexter Dexx Dezider
Dhaanyalakshmi Dhana Dhanadeepa Dhanalakshmi Dhananjay Dhanapati Dhanesh Dhanpati Dhanu Dhanvin Dhara Dharani Dharitri
Dharmaketu Dhatri Dhruv Dhyanesh Dhyaneshwar Diah Diamante Diamond Dian Diane Dianna Dianne Dianora Diarra Dicle
Diclehan Dida Didem Didier Didimo Didina Diede Dieke Dieudonné Dieudonnée Dieynaba Digambar Digambara Digdaya Dijana
Dikmen Diksha Dilan Dilara Dilarə Dilaver Dilay Dilberay Dildâr Dilek Diler Diletta Dilhan Dillan Dillon Dilruba Dimas
Dimaz Dimitri Dimitrii Dimitrij Dimitrije Dimitrina Dina Dinakar Dinda Dinesh Dinis Dinkar Dino Dinu Dinç Dinçer
Diocleziano Diodata Diodoro Diogene Diogo Diomede Dion Dione Dionigi Dionisia Dionisio Dionizy Dionýz Dionýzos Dior
Dipa Dipali Dipankar Dipendra Dipesh Diptendu Direnç Diri Dirja Dirk Dita Ditya Divaakar Divakar Diviš Diviška Divjot
Divna Divo Divya Dizik Diána Diāna Djayden Djenna Djibril Dluhoš Dmitri Dmitrii Dobrava Dobrila Dobromil Dobromila
Dobromír Dobromíra Dobroslav Dobroslava Dochia Doda Dodato Dodo Doina Doinita Dolores Dolunay Domagoj Domenic Domenica
Domenick Domenico Domenik Domezio Dominic Dominick Dominik Dominika Dominique Domiziano Domnica Don Dona Donalda Donat
Donata Donatella Donatello Donato Donavon Donka Donna Donnell Donnie Donny Dono Donát Donáta Dora Dorana Dorcas Doreen
Dorel Dorian Doriana Doriane Doriano Dorica Dorin Dorina Dorine Dorinel Doris Dorit Dorián Dorka Dorli Dorota Dorotea
Doroteja Doroteo Dorothea Dorothy Dorothée Dorottya Dorris Dortha Dorthe Dorthy Doru Doubrava Doubravka Douce Douwe
Dovie Doyinsola Doyle Doğan Doğanay Doğaner Doğu Draga Dragan Dragana Dragica Draginja Dragiša Dragoje Dragojlo
Dragoljub Dragomir Dragos Dragoslav Dragoș Dragutin Drahomil Drahomila Drahomír Drahomíra Drahoslav Drahoslava
Drahotín Drahotína Drahoň Drahoš Drahutin Drahuše Drajat Drake Draupadi Draža Dražen Dren Drina Dron Drona Druina
Držimir Držislav Dua Duane Duanne Duarte Dubravka Dubravko Duccio Duco Ducu Dudley Duduzile Duilio Duje Dujo Dulari
Dulce Dulcinea Dulina Dumisani Dumitra Dumitrana Dumitrita Dumitru Duncan Dunja Durante Durga Durgeshwari Durmuş
Durodola Duru Dururbunsuz Durward Dustin Duuk Duygu Dušan Dušana Dušanka Dušica Duška Duško Dwaipayan Dwaipayana
Dwayne Dwi Dwight Dyah Dylan Dylano Dzirkstīte Dzīle Dániel Dávid Dáša Dâver Débora Désiré Dóra Döndü Dündar Dünya
Dürdane Dürriye Dāgs Dārta Dāvids Dāvis Děpold Dětmar Dětřich Dəniz Earlene Earline Earnestine Easton Ebba Ebe
Eberardo Ebiere Ebin Ebiowei Ebkızı Ebony Ebren Ebru Ebunoluwa Ebuzer Ecaterina Ecclesio Ece Ecehan Ecem Ecevit Ecmel
Ecrin Ecvet Eda Edd Edda Eddi Eddie Ede Edelberga Eden Edgar Edgard Edgardo Edgars Edhem Edi Edil Edilberto Edison
Edita Edith Editta Ediz Edmond Edmondo Edmund Edmée Edna Edoardo Eduard Eduarda Eduardo Eduards Edvard Edvarda Edvige
Edvin Edvín Edvīns Edwardo Edwin Edwina Edyta Edyth Edythe Edīte Edžus Eef Eefje Eekalabya Eero Eeva Efe Effie Efim
Efimia Efisio Efken Eflah Efraim Efrain Efrem Efren Efrosinia Efsun Eftalya Eftimia Eftimie Ega Ege Egemen Egeo Egidio
Eginardo Egisto Egizia Egle Egmont Egon Egona Egor Egīls Eileen Einar Eino Einārs Eirik Eižens Eja Eka Ekaaksh Ekadant
Ekaksh Ekalavya Ekaling Ekaparnika Ekdant Ekeç Ekim Ekin Ekmel Eko Ekow Ekrem Ekundayo Ela Eladio Elaide Elaina Elaine
Elakshi Elanur Elbert Elda Eldon Eldora Eldred Eldridge Elea Eleanor Eleanora Eleanore Eleazar Electa Elektra Eleni
Elenor Elenora Eleonora Eleonore Eleonóra Elettra Eleuterio Elfrieda Elfrída Elfrīda Elgin Eli Elia Eliabeth Eliah
Elian Eliana Eliane Eliano Elias Eliasz Elide Eliezer Elif Elifio Eligio Elijah Elimena Elin Elina Eline Elinor
Elinore Elio Eliodoro Elisa Elisabet Elisabeta Elisabeth Elisabetta Elisaveta Elise Elisea Eliseo Elisha Elissa Elita
Eliza Elizabet Elizaveta Elize Elizej Elizeus Eliáš Eliška Elka Elkin Ella Ellada Elli Ellie Elliot Elliott Ellis
Ellsworth Elly Elma Elmar Elmas Elmer Elmira Elmore Elmārs Elmīra Elna Elnarə Elnora Elnur Elodia Elodie Elody Elogio
Eloisa Eloise Elouise Eloy Eloá Elpidio Elroy Elsa Elsie Elta Elti Elton Eluh Elva Elvan Elvera Elvezio Elvia Elvie
Elvin Elvina Elvino Elvira Elvis Elvíra Elvīra Elwin Elwira Elwyn Elyanora Elynn Elyse Elyssa Elza Elçin Elène Elías
Elísio Elīna Elīza Elżbieta Ema Eman Emanoil Emanuel Emanuela Emanuele Emanuelly Emanuil Emas Embuh Emced Emeka Emel
Emelia Emelie Emely Emerald Emerich Emerson Emery Emese Emidio Emie Emil Emile Emili Emilia Emilian Emiliana Emiliano
Emilie Emilija Emilijan Emilio Emilián Emin Emine Emirhan Emmalee Emmanuelle Emmelie Emmely Emmerico Emmet Emmett Emmi
Emmie Emmitt Emmy Emong Emory Empirio Empluk Emrah Emre Emrullah Emília Emílie Emīlija Emīls Ena Enakshi Endah Ender
Enderun Endra Endrigo Enea Enecone Enes Engelbert Engin Enguerrand Enid Enie Enimia Eniola Enis Enise Enna Ennio Enno
Enoch Enola Enos Enrica Enrico Enrique Ensar Ensio Enteng Enver Enya Enzo Ephraim Era Eracla Eraclide Eraldo Eralp
Erardo Erasmo Erast Eray Erazim Erazmus Erberk Erberto Ercan Ercolano Ercole Ercüment Erda Erdal Erdem Erdeni
Erdenikatun Erdeniözük Erdinç Erel Eremia Eren Erenia Erentüz Ergene Ergenekatun Ergin Ergün Ergüner Erhan Erhard
Eriberto Erica Erich Erick Ericka Erico Erika Erin Erinç Erke Erkki Erkâm Erkân Erling Erma Erman Ermanno Ermelinda
Ermen Ermenegarda Ermenegilda Ermenegildo Ermes Ermete Ermilo Erminia Erminio Ermīns Erna Ernest Ernesta Ernestina
Ernestine Ernesto Ernestīne Ernie Ernst Erol Eros Ersilia Ersin Ertan Erten Ertenözük Ertuğrul Ervin Ervín Ervína
Ervīns Erwin Eryn Erçin Erşan Esat Esaù Esben Esen Esenbike Eser Esha Eshana Eshita Esi Esin Esma Esmee Esmeralda
Esmeray Esmira Esmée Esperanza Esra Esse Essie Esta Esteban Estefania Estefanía Estel Estela Estell Estella Estelle
Ester Estera Esterina Estevan Esther Estiawan Estiono Estrella Esuperio Esupofo Eszter Etela Eterie Etha Ethan Ethel
Ethelyn Ethem Ethyl Etienne Etil Ettie Ettore Eubert Euclide Eudes Eudochia Eudokia Eudoksja Eudora Eudoxe Eudoxie
Eufebio Eufemia Eufemio Eufrasia Eufronio Eufrosina Eufrozina Eufrozína Eugen Eugene Eugenia Eugenie Eugenio Eugeniu
Eugeniusz Eugène Eugénia Eugénie Eulah Eulalia Eulalie Eulálie Euna Eunice Eunika Euphrasie Euridice Eusebia Eusebie
Eusebio Eusebiu Eusebius Euseo Eustache Eustațiu Eustorgio Eustosio Eustracjusz Eusèbe Eusébie Eutalia Eutalio Evald
Evaldo Evalyn Evan Evandro Evangelina Evangeline Evanghelina Evans Evarist Evaristo Evasio Evdochia Evdokija Evelien
Eveliina Evelin Evelina Eveline Evelyn Evelína Evelīna Everardo Everett Everette Evert Evgheni Evghenia Evghenii Evi
Evidio Evie Evin Evodio Evran Evremondo Evren Evy Evşen Evžen Evženie Ewa Ewald Ewatomi Ewelina Ewell Eyiz Eylül Eymen
Eyram Eyüp Eyşan Ezechiel Ezechiele Ezekiel Ezequiel Ezio Ezra Ezrak Eğrim Eşref Faas Fabia Fabian Fabiana Fabiano
Fabie Fabien Fabienne Fabijan Fabio Fabiola Fabián Fabiána Fabiënne Fabrice Fabrizio Fabrícia Fabrício Fadekemi
Faderera Fadime Fadıl Fae Fahrettin Fahri Fahriye Fahrünissa Faik Faiq Faizah Falba Falk Famiano Famke Fanni Fannie
Fanta Fantin Fantine Fanyana Fara Farah Fardau Farhunnisa Faris Faruk Fasih Fathonah Fatih Fatim Fatimata Fatimə Fatin
Fatma Fatou Fatoumata Fatoş Faust Fausta Faustin Faustina Faustine Faustino Fausto Faustýn Faustýna Favian Fay Faya
Faye Fayen Fayenne Faysal Fazilet Fazio Fazlı Fazullah Fazıl Febe Febi Febriana Febrina Feda Fedai Fedde Fedele
Federica Federico Fedor Fedora Fedro Fehime Fehintola Fehmi Felice Felicia Feliciano Felicie Felicita Felicitas
Felicity Felicián Feliks Felina Feline Felipa Felix Felton Felícia Felície Femke Femm Fender Fenja Fenna Fenne Feodor
Feodora Feodosia Ferah Feramuz Feramuş Feray Ferda Ferdi Ferdinanda Ferdinando Ferdynanda Ferenc Ferhan Ferhat Feride
Feridun Feriha Ferit Ferman Fermiano Fermin Fermo Fernanda Ferne Ferre Ferruccio Ferruh Festo Fevronia Fevzi Feyyaz
Feyza Feyzullah Fiacre Fiammetta Fibikemi Fidan Fidel Fidelie Fidelius Fidenziano Fidenzio Fidèle Fieke Fien Fiene
Fiep Fiete Figen Fiifi Fikayomi Fikret Fikri Fikriye Filemon Filibert Filiberto Filip Filipa Filipe Filipp Filippa
Filippo Filiz Filofteia Filomen Filomena Filomeno Filoména Filotije Filou Fily Finia Finja Finlay Finley Finnja
Finnley Fiodor Fiona Fiordaliso Fiore Fiorella Fiorenza Fiorenziano Fiorenzo Firdevs Firmin Firuzə Fitri Fitria
Fitriani Flaminia Flavia Flaviana Flaviano Flavie Flavien Flavio Flaviu Flavius Flavián Fleano Fleta Fletcher Fleur
Floare Floarea Flodoard Floor Floortje Flor Flora Flore Florea Florencia Florencio Florencja Florent Florentin
Florentina Florentine Florentýn Florentýna Florența Florestan Florian Floriana Floriano Florica Floridia Florie Florin
Florina Florine Floris Florián Flossie Floy Floyd Flynn Flóra Foca Folashade Folco Folu Forrest Fortunata Fortunato
Fortunát Fortuné Fortunée Fos Fosca Fosco Foss Foster Foulques Franca Frances Francesca Francette Francia Francine
Francisc Francisca Francisque Franciszek Franciszka Francois Franjo Franka Frankie Franklin František Františka Franz
Franziska François Françoise Freda Freddie Freddy Frederic Frederica Frederick Frederico Frederik Frederike Frederique
Fredrick Fredrik Fredy Freeda Freek Freeman Freida Freja Frenkie Freya Frida Frido Fridolín Fridrich Frieda Friederike
Friedrich Fritz Frontiniano Frusina Fruzsina Fryderyk Fráňa Frédéric Frédérique Frída Frīda Fuat Fulbert Fulberto
Fulcran Fuldem Fulden Fulgence Fulgenzio Fulvia Fulvio Fulya Funani Funda Funmilade Funmilayo Furio Furkan Furkân
Furman Furseo Fuscolo Fuzuli Fynn Fábio Fâlih Féba Félicie Félicité Féline Félix Füreyya Füruzan Füsun Fərqanə Fərəh
Fəxriyyə Gabe Gabi Gabin Gabino Gabriela Gabriele Gabriella Gabrielle Gabrijela Gabriël Gada Gadang Gading Gadis Gaduh
Gael Gaetano Gaffar Gagan Gage Gaglioffo Gaia Gaiman Gaio Gaj Gaja Gajaadhar Gajabahu Gajadhar Gajana Gajbaahu Gala
Galak Galang Galar Galatea Galdino Galeazzo Galfryd Galih Galileo Galina Galiono Gallicano Galuh Galur Gaman Gamani
Gamanto Gambira Gamblang Gamze Ganak Ganaka Ganapati Ganda Gandewa Gandharv Gandharva Gandi Gandolfo Ganep Ganesh
Ganesha Gangesh Gangsa Gangsar Ganjaran Gantar Gara Garan Garance Garang Garda Gardner Garett Garfield Garik Garika
Garimberto Garland Garnet Garnett Garnier Garret Garrett Garrick Garrison Garry Garth Garud Garuda Gaspar Gaspard
Gaspare Gasti Gaston Gastone Gati Gatien Gatik Gatot Gatra Gatsha Gaud Gaudenzia Gaudenzio Gaudino Gauraang Gaurang
Gauranga Gautam Gautama Gautami Gautier Gautiero Gavin Gavino Gavril Gavrilo Gawati Gayatri Gaye Gayle Gazanfer Gazi
Gaël Gaëlle Gašpar Gbadebo Gbeminiyi Gbemisola Gbolahan Gbowoade Geanina Gedeon Gedeone Geeta Geetanjali Gejza Gelin
Gelincik Gellért Gelsomina Geltrude Gelu Gema Gemine Gemini Geminiano Gemma Genadij Gencer Generosa Generoso Genesia
Genesio Genesis Genevieve Geneviève Gennaro Genoveffa Genoveva Genta Gentile Genziano Gențiana Geo Geoffrey Geoffroy
Georg Georgel Georges Georgeta Georgette Georgiana Georgianna Georgije Georgina Geovanni Geovanny Geovany Gerald
Geralda Geraldina Geraldine Gerard Gerarda Gerardina Gerardo Gerasim Gerasimo Gerazim Gerazym Gerberge Gerbert Gerda
Geremia Gergely Gergő Gerharda Gerino Germain Germaine Germana Germano Germán Gerolamo Geronimo Geronzio Gerrit Gerson
Gertruda Gertrude Gertrúda Gervais Gervasio Gesualdo Geta Gevheri Ghaliyati Ghanaanand Ghanashyam Ghani Ghanshyam
Ghenadi Ghenadie Ghennadi Gheorghe Gheorghi Gheorghii Gheorghina Gheorghiță Gherardo Gherghina Gherman Ghislain Ghita
Ghiță Gia Giacinta Giacinto Giacobbe Giacomo Giada Giadero Giambattista Gian Gianbattista Giancarlo Giandomenico
Gianfranco Gianina Gianluca Gianluigi Gianmarco Gianmaria Gianmario Gianni Gianpaolo Gianpiero Gianpietro Gianuario
Giasone Gibran Gicu Gică Gideon Giel Gifty Gigi Gigliola Gijs Gil Gilang Gilbert Gilberta Gilberto Gilda Gildo Giles
Giliola Gilles Gillian Gillo Gina Gineto Ginevra Ginewra Ginger Gino Gioacchina Gioacchino Giobbe Gioberto Gioconda
Giocondo Gioele Gioia Giona Gionata Giordano Giorgian Giorgiana Giorgio Giosuele Giosuè Giotto Giovani Giovanna
Giovanny Giove Gioventino Giovenzio Girardo Girart Giray Giri Girija Girik Girika Girindra Giriraaj Giriraj Girish
Girja Girolamo Gisela Gisella Gislebert Gisselle Gisèle Gita Gitanjali Gitte Giuda Giuditta Giulia Giuliana Giuliano
Giulio Giulitta Giuseppa Giuseppina Giusta Giustiniano Giusto Gizela Gizem Gladyce Gladys Glauco Gleb Glen Glenda
Glenn Glenna Glennie Gligorije Gloria Glorie Gobinda Godeberta Godfrey Godiva Goffredo Gojko Golda Golia Golub
Gomberto Gonca Gondebaud Gondulfo Gonerio Gonsalwy Gonthier Gontran Gonzaga Gonzague Gonzalo Gonçalo Gopaal Gopal
Gopee Gopi Gorakhanatha Gorakhnath Goran Gorana Goranka Gorazd Gordan Gordana Gordiano Gosto Goswamee Goswami Gothard
Gottardo Gotum Gouranga Goutam Govinda Grace Gracie Graciela Graciliano Gracián Graciána Gracja Gradimir Grady Graham
Grant Granville Grato Grayce Grayson Grazia Graziana Graziano Graziella Gražina Grațian Grațiana Grațiela Gregg Gregor
Gregoria Gregorian Gregorio Greta Gretchen Greyson Grga Grgo Grgur Griffin Grigore Grigori Grigorije Grimaldo Griselda
Grizelda Grover Grozdana Gry Grzegorz Grácie Grégoire Gréta Gualberto Gualtiero Gudakesa Gudakesha Gudrun Gudrīte
Guelfo Guenda Guendalina Guenièvre Guerrino Guglielmo Gui Guiberto Guido Guilhemine Guilherme Guillaume Guillemette
Guillermina Guillermo Guiscardo Guiseppe Gumesindo Gundelinda Gunilla Gunnar Gunnel Gunner Gunter Gunārs Gurdev Gus
Gussie Gust Gustav Gustava Gustave Gustavine Gustavo Gustáv Guus Guusje Guyot Guérin Gvendolina Gvendolína Gvozden
Gwen Gwenaëlle Gwendolyn Gwido György Gábor Gál Gédéon Gérard Géraud Géza Gökalp Gökben Gökbörü Gökmen Göknur Gökçe
Gökçegöl Gökçen Gökçiçek Gökşin Gönenç Göngör Gönül Göran Görkem Görün Gövhər Gözde Gúbio Güher Gül Gülay Gülbahar
Gülben Güldem Gülden Güldeste Gülegen Gülemen Gülen Güler Gülgün Gülhan Gülnaz Gülpembe Gülriz Gülsen Gülsüm Gültekin
Gülçin Gülümser Gülşen Gülər Gümüş Gün Günay Gündoğdu Gündoğmuş Güner Güneş Güngör Güniz Günnur Günsel Günseli
Günyaruk Günçiçek Gürbüz Gürcan Gürdal Gürhan Gürkan Gürol Gürsel Güven Güvenalp Güvercin Güzey Gıyas Gűnter Habbab
Habib Habiba Habil Haby Hacib Hadi Hadley Hafi Hafid Hafsa Hafshah Hafız Hagen Hailee Hailey Hailie Hairyanto Hakan
Hakem Haki Hakim Hakkı Hal Haldun Hale Haleigh Haley Halie Halil Halim Halima Halina Halit Halle Hallie Haluk Hamdi
Hamdullah Hami Hamidou Hamima Hamish Hamit Hammâd Hamsini Hamza Hamzah Hana Handan Hande Hanefi Hanga Hani Hank Hanna
Hannabel Hannah Hanne Hannele Hannes Hanno Hannu Hanuš Haralamb Haralambie Harald Hardana Hardi Hardouin Hari
Harimurti Harinakshi Harinarayan Harit Harita Harja Harjasa Harjaya Harjo Harley Harmon Harmony Harriet Harrison
Harsana Harsanto Harsaya Hartaka Hartana Harto Harun Harvey Haseki Hasibi Hasim Hasin Haskell Hasna Hassie Hasta Hatip
Hattie Hattâb Hauke Havel Havla Hawa Hayal Hayali Hayat Hayati Haydar Hayden Haylee Hayley Haylie Hazan Hazar Hazle
Hazım Haşim Haşmet Haštal Heath Heber Hector Heda Hedda Hedvig Hedviga Hedvika Heema Heidi Heidrun Heikki Hein Heitor
Helena Helene Helga Helin Helle Hellen Helmer Heloise Heloísa Helēna Henderson Hendra Hendri Hendrik Hendrika Hennes
Henning Henri Henrich Henrick Henrie Henrieta Henrietta Henriette Henrik Henrike Henrique Henryk Henryka Heracleea
Herbert Herberta Herluin Herman Hermann Hermenegildo Hermina Hermine Herminia Herminio Hermína Hermīne Hernán Hershel
Herta Hertha Heru Hervé Heryanto Hester Hesti Hettie Heřman Hicabi Hidaya Hidde Hieronim Hikmet Hilaire Hilal Hilar
Hilario Hilarion Hilarius Hilary Hilbert Hilda Hildebert Hildegard Hillard Hilma Hilmi Hilton Himadri Himani Himawan
Himmet Hincmar Hipolit Hipolito Hippolyte Hira Hiram Hiranmay Hiranmaya Hiranya Hişam Hjalmar Hlengiwe Hobart Holden
Hollie Hollis Homero Homér Honorine Honorius Honoré Horace Horacio Horacy Horațiu Horea Horia Horst Hortense Hortensia
Hortensie Hortenzia Hortenzie Horymír Horymíra Horác Hosea Hostimil Hostimila Hostimír Hostimíra Hostislav Hostislava
Hostivít Hovard Howard Howell Hoyt Hrvoj Hrvoje Hrvojka Hubert Hud Hugh Hugues Huguette Hulda Hulki Hulusi Humaira
Humay Humberto Hunor Hurşit Husein Huub Huzeyfe Hvalimir Hvězdoslav Hvězdoslava Hyacint Hyacinta Hyman Hynek Hypolit
Háta Hâdi Hâlis Hâtem Håkan Håkon Hédelin Hédi Hélier Hélio Héloïse Hélène Hüccet Hüdayi Hüdâvendigâr Hülya Hüma
Hümayun Hümeyra Hüner Hüriyə Hürkan Hüsameddin Hüsamettin Hüseyin Hüsnü Hüsrev Hıfzı Hızır Iacob Iacopo Iacopone Iacov
Iago Iana Iancu Ianina Ianira Ianis Ianna Ianos Iaroslav Iaroslava Iasmina Ibidapo Ibironke Iboja Ibou Ibra Ibrahima
Ibrani Ibukunoluwa Ibun Ica Icaro Icha Icie Icilio Ico Ida Idell Idella Ido Idowu Idris Idrissa Idy Ieremia Ifa
Ifeanyichukwu Ifeoluwa Ifeoma Ifunanya Ige Iginia Iginio Igino Ignacio Ignacy Ignatius Ignazio Ignjat Ignác Ignácie
Ignát Ignáta Igori Ihsan Ika Ike Ikenna Ikeoluwa Iker Ikhidie Ikhsan Ikin Ila Ilaria Ilarie Ilario Ilarion Ilay Ilayda
Ilaçın Ilda Ildebrando Ildefonso Ildegarda Ildegonda Ildika Ileana Ilene Ilenia Ilgmārs Ilgın Ilia Iliana Ilias Ilie
Ilija Ilinca Ilinka Ilja Iljana Ilko Illidio Illuminato Ilmari Ilmārs Ilona Ilsa Ilse Ilva Ilyas Ilza Ima Imani Imelda
Imke Immacolata Immacolato Immanuel Imogen Imogene Imoleoluwa Imran Imre Imrich Ina Inanç Inara Inaya Incoronata Indah
Inder Indira Indra Indriķis Indro Indy Ines Inesa Inessa Inez Inga Inge Ingeborg Ingeborga Inger Ingmārs Ingrida
Ingrīda Ingūna Inioluwa Inja Inka Inkeri Inna Innocente Innocenty Innocenza Innocenzo Ino Inocenc Inocențiu Insa Intan
Inyoni Inès Inés Inéz Inês Ināra Inārs Ioan Ioana Ioanina Iolanda Iole Ion Iona Ione Ionel Ionela Ionelia Ionică Ionne
Ionuț Iorio Iosefina Iosif Ippocrate Ippolito Ira Iraida Irawati Irem Iremide Irena Irene Irenej Ireneo Ireneus
Ireneusz Ireti Iretioluwa Irfan Iriana Iride Iridenta Irina Irinel Iris Irma Irmak Irmeli Irmina Irnanto Irsad Irvin
Irving Irwan Irwin Iryna Irène Irēna Isa Isaac Isabeau Isabela Isabell Isabella Isabelle Isabelly Isac Isacco Isadora
Isadore Isai Isaia Isaiah Isaias Isak Ischirione Ise Iseoluwa Iseult Ishola Iside Isidor Isidora Isidore Isidoro
Isidro Isioma Isis Isisa Isla Ismael Ismaele Ismail Ismaïla Ismérie Isobel Isolda Isom Isotta Isra Issa Issac István
Isık Isığ Ita Italia Italo Itri Itunuoluwa Itzel Itır Iulia Iulian Iuliana Iuliu Iuri Iurie Iurii Iustin Iustina
Iustinian Iva Ivah Ivana Ivanka Ivanna Ivano Ivanoe Ivančica Ivar Ive Ivek Iven Iveta Ivetta Ivica Ivna Ivo Ivona
Ivone Ivonne Ivor Ivy Iván Iwan Iyabode Iyadunni Iyanuoluwa Iyinoluwa Iyık Iyıktağ Izaak Izabela Izabella Izaiah
Izaiáš Izajasz Ize Izidor Izidora Izmael Izolda Izydor Izzy Izák Iľja Işık Işıl Işılay Işın Işıner Işığ Jaakko Jabal
Jabari Jabulile Jace Jacek Jacey Jacinthe Jacinto Jackeline Jackie Jacklyn Jackson Jacky Jaclyn Jaco Jacoba Jacobo
Jacobus Jacqueline Jacquelyn Jacynthe Jada Jaden Jadesola Jadon Jadran Jadrana Jadranka Jadranko Jadro Jadwiga Jadyn
Jaeden Jaelynn Jaeman Jaga Jagadish Jagadisha Jagapati Jagaraga Jagathi Jagdeep Jagdish Jagica Jagmeet Jahnu Jai Jaida
Jaiden Jailey Jailyn Jaiman Jaime Jaimini Jaimy Jairo Jais Jaivey Jaka Jakayla Jake Jakob Jakov Jakub Jakuba Jakubina
Jakubka Jale Jaleel Jalen Jalon Jalou Jalyn Jalə Jamaal Jamal Jamalia Jamar Jamarcus Jamel Jameson Jamey Jamil Jamila
Jamir Jamison Jammie Jana Janae Janaína Janek Janelle Janessa Janeta Janica Janice Janick Janie Janin Janina Janine
Janis Janiya Janka Janko Janna Janne Jannek Jannes Janni Jannie Jannik Jannis Jano Janosch Janusz Jany Janīna Japhet
Jaquan Jaquelin Jaqueline Jara Jared Jaren Jari Jarmil Jarmila Jarne Jarno Jarod Jarolím Jarolíma Jaromil Jaromír
Jaromíra Jaron Jaroslav Jaroslava Jarred Jarrell Jarret Jarrett Jarrod Jarvis Jarwa Jarwadi Jarwi Jasen Jasenko
Jasmani Jasmijn Jasmin Jasmina Jasmína Jasmīna Jasna Jasněna Jasoň Jasper Jaswadi Jati Jatmiko Jaunita Jautrīte Javas
Javi Javon Javonte Jax Jaxon Jaxx Jaya Jayadi Jayce Jaycee Jayda Jayde Jayden Jaydon Jayeng Jaylan Jaylano Jaylen
Jaylin Jaylinn Jaylon Jayme Jayne Jayson Jayvano Jazlyn Jazmin Jazmyn Jazmyne Jazzlyn Jazzlynn Jeana Jeanette Jeanie
Jeanne Jeannel Jeannette Jeannie Jeannot Jed Jedediah Jedidiah Jefferey Jeffery Jeffry Jefri Jefta Jehanne Jela Jelena
Jelica Jelisaveta Jelita Jelka Jella Jelle Jelmer Jelte Jena Jenel Jenifer Jenna Jennie Jennings Jenny Jennyfer
Jenovéfa Jensen Jente Jeppe Jerad Jerald Jeramie Jeramy Jerel Jeremi Jeremiah Jeremias Jeremiasz Jeremie Jeremiáš
Jerguš Jermain Jermaine Jermey Jerod Jeromy Jeroným Jerrell Jerrod Jerrold Jerry Jerzy Jerónimo Jesika Jesper Jess
Jesse Jessie Jessika Jesslyn Jesslynn Jessy Jessyca Jesus Jesús Jett Jette Jettie Jevgeņijs Jevon Jevrosima Jewell
Jezdimir Ješa Jidde Jil Jiljí Jill Jillian Jimena Jimi Jimmie Jimmy Jimram Jinawi Jindra Jindřich Jindřiška Jinte
Jinthe Jip Jitender Jitendra Jitka Jiřina Jiří Joachim Joah Joakim Joana Joanie Joann Joanna Joanne Joannie Joanny
Joany Joaquim Joaquin Joaquín Joas Jocelyn Jocelyne Jodi Jodie Jody Joel Joelina Joeline Joelle Joep Joes Joesph Joey
Johan Johana Johann Johanna Johanne Johannes Johathan Johnathan Johnathon Johnnie Johnny Johnpaul Johnson Jolana
Jolanda Jolanta Jolayemi Joleen Jolien Jolijn Jolin Jolina Joline Jona Jonah Jonas Jonatan Jonathon Jonna Jono Jonte
Jonáš Joojo Joost Jop Jordana Jordane Jordi Jordon Jordy Jordyn Jorga Joris Jorn Jorrit Jort Joscha Joschua Josef
Josefa Josefien Josefin Josefina Josefine Josefína Josep Josephin Josephine Josh Joshuah Josiah Josiane Josianne Josie
Josip Josipa Joso Josse Josselin Josua Josue Josué Josy Joséphine Jourdain Jovan Jovana Jovani Jovanka Jovanny Jovany
Joya Joyce Jozef Jozefa Jozefína Jozue João Joël Joëlle Joško Jošt Joža Jože Juana Juanita Juda Judah Judd Jude
Judicaël Judita Judith Judson Judy Judyta Judīte Jugoslav Juha Juhani Juho Jukka Jula Julan Jule Jules Juli Juliana
Juliane Julianne Julide Julien Julienne Juliet Julieta Juliette Julijana Julika Julina Julio Julita Julius Juliusz
Julián Juliána Juliëtte Jumadi Jumari Juna Junayd Junius Juno Jur Juraj Juri Jurre Jurģis Juste Justen Justina Justine
Juston Justus Justyn Justyna Justína Justýn Justýna Justīne Juta Juul Juvenal Juwan Juwon Jyoti Jyotis Jyotsana Jáchym
Ján János Jázmin Jérémie Jérôme Jéssica Józef Józefina József Jörgen Jørgen Júlia Júlio Július Jānis Jāzeps Jēkabs
Jūlija Jūlijs Jūsma Kaan Kaarina Kabil Kacey Kaci Kacie Kacper Kacung Kade Kadem Kaden Kader Kadiatou Kadin Kadir
Kadrican Kadriye Kadı Kaela Kaelyn Kagiso Kai Kaia Kailash Kailee Kailey Kailyn Kairav Kaitlin Kaitlyn Kaj Kaja Kajen
Kajetán Kala Kale Kaleb Kaleigh Kalender Kalervo Kalevi Kaley Kali Kalidou Kalim Kalinda Kalinik Kalistrat Kalle
Kallie Kalpana Kalyani Kama Kamal Kamalesh Kamaria Kambali Kamber Kamelya Kameron Kamidin Kamil Kamila Kamile Kamilla
Kamille Kamla Kamlesh Kamran Kamren Kamron Kamryn Kamuran Kanak Kanaka Kanchan Kancı Kanda Kane Kani Kania Kanishka
Kannan Kannen Kanti Kançı Kapgar Kara Karaca Karahan Karak Karam Karan Karaça Kardi Kareem Karel Karelle Kargılaç Kari
Kariane Karianne Karim Karimah Kariman Karin Karina Karine Karja Karla Karlee Karley Karli Karlie Karlijn Karlo
Karlotta Karlıgaç Karma Karman Karmela Karmen Karna Karol Karolann Karoliina Karolina Karoline Karolína Karsa Karsana
Karson Karta Karthik Kartik Kartika Karunanidhi Karya Karīna Kasandra Kasey Kashyap Kashyapi Kasim Kasiran Kasiyah
Kasián Kasper Kassandra Kastor Kasusra Kasım Kata Katariina Katarina Katarzyna Katarína Katelin Katelyn Katelynn
Kateřina Katharina Katheryn Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy Katica Katie Katija Katina Katja Katlyn
Katlynn Kato Katrin Katrina Katrine Katryn Katrīna Kattie Katun Katunkız Katy Kavon Kawaca Kawaya Kay Kaya Kayaalp
Kayacık Kayaçık Kaycee Kayden Kayla Kaylah Kaylee Kayleigh Kayley Kayli Kaylie Kaylin Kaynak Kayode Kayra Kayun Kayça
Kazanç Kazi Kazimierz Kazimír Kazimíra Kazkatun Kağan Kašpar Keagan Keano Keanu Keara Keaton Keegan Keeley Keely
Keenan Keerti Kees Keet Kehinde Keira Keisha Keji Kekik Keklik Keleş Kellen Kelley Kelli Kellie Kelsi Kelsie Kelton
Kemal Kemalettin Kemba Kemi Kemâl Kenan Kenari Kendall Kende Kendra Kendrick Kenes Kenna Kennedi Kennedy Kennith Kenny
Keno Kensi Kent Kenton Kenyatta Kenyon Kenza Kenzie Kenzo Keon Kepez Keramet Kerami Kerem Keremşah Kerim Kerry Kerstin
Keshaun Keshawn Kesme Keven Kevon Kevser Keyken Keyon Keyshawn Kezia Kezlik Keşşaf Kgabu Khadidiatou Khadija Khadim
Khady Khalifa Khalil Khanyisile Khem Khethiwe Khoudia Khulekani Kian Kiana Kiandra Kianna Kiara Kiarra Kiel Kiera
Kieran Kika Kikelomo Kiki Kiley Kilian Kilián Kimberley Kimberly Kimi Kincső Kinga Kiné Kip Kira Kiran Kirana Kiraz
Kirilo Kirk Kirsten Kirstin Kirti Kjeld Kjell Klaas Klara Klarencjusz Klaudia Klaudie Klaudius Klaudiusz Klaudián
Klemens Klement Klementina Klementyna Klementýna Kleopatra Kliment Klotylda Klára Kléber Klāra Klāvs Knut Kobe Koby
Kody Koen Kojo Koko Kolawole Kolby Kole Koleta Koloman Kolombín Kolombína Kolos Kolumbán Kolumbín Kolumbína Konrad
Konrád Konrāds Konstance Konstancie Konstancja Konstantin Konstanty Konstantyn Konstantýn Konstantīns Konsuela
Konzuela Konštantín Kopano Kora Koralia Koray Korbin Korbinian Kordula Korede Korey Korina Korinna Korkut Kornel
Korneli Kornelia Kornelius Korneliusz Kornél Kornélia Kornélie Kory Kosma Kosmas Kosta Kraig Krasava Krasomil
Krasomila Krasoslav Krešimir Krijn Kris Krishna Krishnadas Krishnadasa Krista Kristen Kristi Kristian Kristie
Kristiina Kristijan Kristin Kristina Kristine Kristián Kristiāna Kristiāns Kristofer Kristoffer Kristopher Kristy
Kristína Kristóf Kristýna Kristīne Krisztián Krisztofer Krišjānis Krišs Krištof Krsto Kruno Krunoslav Krystal Krystel
Krystian Krystina Krystyna Kryšpín Kryštof Krzysztof Ksawera Ksawery Ksenia Ksenija Ksenofont Kubat Kubilay Kubra
Kubura Kuddusi Kujoe Kumar Kumari Kumru Kumuda Kuncara Kunhuta Kunthara Kurnia Kurtis Kusuma Kutbettin Kuzman
Kvetoslava Kvido Květa Květoslav Květoslava Květoň Květoš Květuše Kwabena Kwadwo Kwaku Kwamena Kwasi Kweku Kwesi
Kwintyn Kyan Kyano Kyara Kyla Kyle Kylee Kyleigh Kyler Kylie Kyllikki Kyra Kâmil Kâzım Kéba Köksal Kübra Kürşad Kārlis
Kımız Kımızalma Kımızalmıla Kımızın Kırgavul Kırlangıç Kırçiçek Kısmet Kıvanç Kıvılcım Kıymet Kızdurmuş Kızılalma
Křesomysl Křišťan Laal Labuh Lacey Lachlan Lacy Lada Ladarius Ladislao Ladislau Ladislav Ladislava Lafayette Laila
Laisha Lajos Laksana Lakshman Lakshmi Lakshmidhar Lakshminath Laksita Lal Lala Lale Lalita Lalə Lamar Lambert Lamberto
Lamia Lamih Lamine Lamiyə Lamont Lana Lanang Lance Lancilotto Landen Landolfo Landry Laney Lanfranco Langa Langgeng
Lanjar Lantar Lapo Lara Laras Larisa Larissa Laron Larue Larysa Lascăr Lasmanto Lasmono Lassana Lasse Laswi Latif
Latife Latika Latoya Laurane Laure Laureen Laurel Laureline Laurenc Laurence Laurencie Laurencja Laurencjusz Laurens
Laurent Laurentia Laurentino Laurentiu Laurenty Laurentyna Laurenz Laurenția Laurențiu Lauretta Lauri Laurian Lauriane
Laurianne Lauriano Laurie Laurin Laurine Laury Lauryn Laurène Lautone Lavada Lavanya Lavern Laverna Laverne Lavina
Lavinia Lavinio Lavon Lavonne Lavínia Lavīze Lawrence Lawrencia Lawson Laxman Laxmi Layla Layne Lazar Lazare Lazaro
Lazzaro Lazăr Lea Leah Leana Leander Leandr Leandra Leandro Leann Leanna Leanne Leatha Leda Leela Leena Leendert Lega
Legawa Leif Leigh Leila Leilani Lejla Leke Lela Lelah Leland Lelia Leman Lembah Lemide Lempi Lemuel Len Lena Lene Leni
Lenia Lenja Lenka Lenn Lenna Lennard Lennart Lenne Lennert Lennie Lennon Lennox Lenny Lenora Lenore Lenya Leodegar
Leokádie Leola Leona Leonard Leonardo Leonel Leonhard Leoni Leonia Leonid Leonida Leonidas Leonie Leonilda Leonio
Leonor Leonora Leontin Leontina Leontýn Leontýna Leontīne Leonzio Leonīda Leonīds Leopardo Leopold Leopolda Leopoldina
Leopoldo Leopoldýna Leora Leoš Leposava Lera Lerato Lere Leroy Lerzan Lesana Lesley Leslie Lesly Lessie Lestari Lester
Leta Letha Leticia Leticie Letitia Letizia Letiția Letterio Letícia Leu Leufroy Lev Levent Levente Levi Levin Levke
Levoslav Lew Lewin Lewis Lex Lexi Lexie Leyla Lešek Lia Liah Liam Lian Liana Lias Libbie Libby Liberata Liberato
Liberatore Liberio Libero Liberto Libor Libora Liboria Liborio Liboslav Liboslava Libuša Libuše Libère Liběna Licia
Lică Lida Lidania Lidia Lidija Lidio Lidmila Lidya Lieke Lien Liene Lieto Lieuwe Lieve Ligia Liisa Lila Lili Lilia
Lilian Liliana Liliane Lilianna Lilien Lilith Liliya Liliána Liliāna Lilla Lilli Lillian Lilliana Lillie Lilly Lilou
Lilyan Liman Limar Lina Lincoln Linde Lindsay Lindsey Linett Linn Linne Linnea Linnie Linnéa Lino Lintang Linus
Linwood Lio Lioara Lion Lionel Lis Lisandro Lisann Lisanne Lisbeth Lise Liselotte Lisette Litzy Liuba Liubov Liubovi
Liudmila Liusea Liv Liva Livia Liviana Livie Livino Livio Liviu Livius Liya Liyam Liyana Liza Lizbeth Lize Lizeth Lizz
Lizzie Lizzy Liétald Liāna Ljiljana Ljuba Ljubica Ljubiša Ljubomir Ljudevit Llewellyn Lloyd Loa Lodovica Lodovico Loek
Loes Loet Logan Lois Lola Lolade Lolita Loma Lon Lone Longin Lonie Lonnie Lonny Lonzo Lora Loraine Loredana Loreen
Lorelei Lorella Loren Lorena Lorenc Lorene Loreno Lorenz Lorenza Lorenzo Loreta Loretta Lori Loriana Lorin Lorine
Loris Lorna Lorrain Lorraine Lota Lotar Lothaire Lothar Lott Lotta Lotte Lotti Lottie Lou Loua Louay Louie Louisa
Louise Loup Lourdes Lourenço Louvenia Lova Lovisa Lovorka Lowell Loy Loyce Loïc Loïs Luan Luana Lubomír Lubomíra Lubor
Luboslav Luboslava Luboš Luc Lucca Luce Lucențiu Lucia Lucian Luciana Luciano Lucica Lucie Lucien Lucienne Lucija
Lucijan Lucile Lucilla Lucille Lucinda Lucio Lucious Lucius Lucián Luciána Lucja Lucjan Lucretia Lucrezia Lucreția
Lucrețiu Lucy Lucía Ludano Ludie Ludivine Ludivoj Ludiše Ludmila Ludolphe Ludomír Ludomíra Ludoslav Ludoslava Ludovic
Ludovica Ludovico Ludvig Ludvika Ludvík Ludvíka Ludwig Ludwik Ludwika Luděk Lue Luella Luena Luhung Luigi Luigia Luisa
Luise Luiz Luiza Lujza Luk Luka Lukas Lukhona Lukita Lukman Lukrecius Lukrécie Lukáš Lula Lulu Luluh Lulut Luminita
Luminița Luminosa Lumír Lumíra Luna Lune Lungelo Lungu Lupe Lura Lurhur Lurline Lutfan Luther Luthfi Lutibor Lutobor
Lutz Luuk Luus Luwar Luwes Luz Luzie Luís Luísa Luďka Luīze Lwandle Lya Lyam Lyda Lydia Lydie Lykke Lyla Lyle Lyn
Lynda Lynette Lynn Lynne Lyric Lysanne László Léa Léandre Léda Léna Léon Léonard Léonie Léonne Léopold Léopoldine
Lívia Lütfi Lütfullah Lýdia Lýdie Lāsma Lăcrămioara Lība Līga Līksma Līna Līva Līvija Līze Lūcija Ləman Maad Maaike
Maan Maarit Maarten Maartje Maas Mabel Mabela Mabelle Mable Maca Macaire Macaria Macario Maccabeo Mace Macey Maci
Macie Mack Mackenzie Mactar Macy Madalena Madaline Madalyn Maddalena Maddison Maddox Madeleine Madelief Madeline
Madelyn Madelynn Madge Madhuri Madie Madilyn Madisen Madison Madisyn Madita Madleen Madlen Madonna Mads Mady Madyson
Mae Maegan Maes Maeve Mafalda Maffeo Magali Magda Magdalen Magdalena Magdaléna Maggie Maggiorino Magno Magnolia Magnus
Maguelone Maguette Mahaut Mahdi Mahendra Maher Mahesa Mahesh Maheswar Mahfud Mahir Mahmud Mahmut Mahulena Mahzun Maia
Maica Maida Maija Maik Maike Mailin Maimunah Maiorico Maira Maitê Maiya Maja Majda Makar Makara Makary Makayla Makenna
Makenzie Makhtar Makinwa Maksim Maksud Maksym Maksymilian Makuta Mala Malachi Malati Malco Malena Malene Malia Malick
Malik Malika Malin Malina Malinda Mališa Mallaury Mallie Mallory Malo Malou Malte Malthe Malti Malvina Malvína Malvīne
Malwina Mama Mamadou Mamady Maman Mamante Mamert Mamie Mamour Manah Manassé Mancio Manda Mandaakin Mandakini Mandla
Mandy Manel Manetto Manfred Manfredo Manfréd Mangala Mangalya Mani Manik Manikya Manilio Manisha Manjusha Manley
Manlio Manoah Manoj Manole Manon Manona Mansour Mansueto Mansur Mansvet Manu Manuel Manuela Manuele Maphikelela Mara
Marah Marana Maras Marat Marc Marceau Marcel Marcela Marceli Marcelin Marcelina Marceline Marcelino Marcell Marcella
Marcelle Marcello Marcellus Marcelo Marcelína Marcheta Marcia Marciano Marcin Marcos Marcu Marcus Mare Mareike Marek
Maren Marena Mareta Marga Margana Margaret Margareta Margarete Margarett Margaretta Margarette Margarida Margarita
Margaréta Marge Margherita Margie Margit Margita Margot Margret Marguerite Mari Mariadi Mariah Mariam Mariama Marian
Mariana Mariane Marianna Marianne Mariano Maribel Marica Maricarmen Maricica Marieke Mariela Mariella Marielle Marieta
Marietta Marija Marijana Marijn Marika Marilena Marilie Marilou Marilu Marilyn Marilyne Marilú Marin Marina Marinela
Marinella Marinetta Marinko Marinus Marioara Mariola Marion Marisa Marisol Marissa Marit Marita Maritza Marius Marián
Marième Marja Marjan Marjatta Marjolaine Marjorie Marjory Markika Markku Marko Markus Markéta Marla Marlee Marleen
Marlen Marlena Marlene Marley Marli Marlie Marlin Marlo Marlon Marly Marlène Marolo Maroš Marques Marquis Marquise
Marrit Marsha Marshall Marsito Marsudi Mart Marta Martaka Martana Martani Marte Marten Martha Marthe Martial Martim
Martina Martine Martino Martti Marty Martyna Martín Marut Maruta Marvin Marwa Marwata Marwin Maryadi Maryam Maryann
Maryanto Maryjane Maryna Maryse Marzia Marzio Marème María Marína Marģers Mas Mason Massamba Massima Massimiliano
Massimo Matan Matar Matei Matej Mateja Mateo Mateus Mateusz Matheus Mathew Mathias Mathijs Mathilda Mathilde Mathis
Mathurin Mathuys Matias Matija Matilda Matilde Matis Matko Mato Matouš Matroniano Matteo Mattes Matthias Matthieu
Matthijs Matthis Matti Mattia Mattias Mattie Mattis Matylda Matyáš Matz Matías Matúš Matěj Matīss Maud Maude Maudie
Maugis Maura Maureen Maurice Mauricette Maurilio Maurine Maurits Maurizio Mauro Maurycy Mavis Mawuena Mawusi
Maxellende Maxence Maxi Maxie Maxim Maxima Maxime Maximilian Maximiliano Maximilien Maximilián Maximillia Maximillian
Maximo Maximus Maxine Maxmilián Maxwell Maybell Maybelle Maye Mayeul Maymie Maynard Mayoor Mayra Maysa Mayson Mayte
Mazhar Mazie Maï Maïmouna Małgorzata Maša Mašinka Mbalienhle Mbaye Mckayla Mckenna Mckenzie Meagan Meaghan Meda Medard
Medardo Medea Medine Medoro Meena Meenakshi Mees Megan Megane Meggie Meghnad Meghnath Mehriban Mehtap Meik Meike Meire
Mekhi Melani Melania Melanie Melanio Melany Melba Melchiade Melchior Melchiorre Melda Melek Melenija Melezio Melichar
Melih Melike Melikşah Melina Melinda Melis Melisa Melita Melitina Melle Mellie Melnic Melodi Mels Meltem Melvin
Melvina Melyna Melyssa Melánia Melánie Memduh Menaka Menardo Mence Menelao Meneo Menka Menno Mennone Menodora Meral
Mercede Mercurio Meredith Merel Merete Merih Merijn Meriç Merl Merle Merlin Merritt Mert Mertie Merve Mervin Meryem
Messalina Mestan Mesut Mete Metello Metin Metod Metoděj Metrofane Mette Mevlüt Mex Meyra Meïssa Mečislav Mečislava
Mhambi Mia Mica Micael Micaela Micah Micha Michaela Michal Michala Michale Michalina Michaël Michał Micheal Michela
Michelangelo Michele Michèle Mick Midas Mieke Mihael Mihaela Mihai Mihail Mihailo Mihajlo Mihnea Mihriban Mihály Mija
Mijat Mik Mika Mikael Mikaela Mikail Mikayla Mikel Mikkel Mikki Mikko Miklós Mikoláš Mikołaj Mikuláš Mila Milada
Miladin Milana Milanka Milanko Milano Mildred Milena Mileta Miley Milford Milica Milisav Milivoj Milić Miljan Miljana
Miljenko Milka Milla Mille Miller Millicent Millie Milly Milo Milojica Milomir Milorad Miloslav Miloslava Milota Milou
Milouš Milovan Milovín Miloň Miloš Milred Milton Milutin Milutín Miluše Milán Milík Milíč Mima Mimma Mimo Mina
Minakshi Mindy Minerva Minervina Minervino Mink Minna Minnie Minodora Mio Mioara Miodrag Miomir Mir Mira Mirabela
Mirac Miracle Miran Miranda Miray Miraç Mircea Mirco Mireille Mirek Mirela Mirella Mireya Miriam Miriama Mirja Mirjam
Mirjana Mirka Mirkelam Mirko Mirkó Mirna Miro Mirocleto Miromil Miromila Miron Mirona Miroslav Miroslava Mirre Mirta
Mirte Mirthe Mirtil Miruna Mirza Misael Misaele Misbah Mislav Mitar Mitchel Mitchell Mithat Mitică Mitra Mitruț Mittie
Miķelis Miša Miško Mlad Mladen Mlađana Mnata Mnislav Mnislava Moa Mobolaji Moctar Modesta Modesto Modou Modrīte Modupe
Mofifoluwa Mohamad Mohamadou Mohan Mohana Mohinder Mohini Moira Moises Moisés Mojisola Mojisoluwa Mojmír Mojżesz
Mojžíš Mollie Molly Momir Momira Mona Monaldo Monalisa Monde Monica Monika Monique Monitore Monroe Monserrat
Monserrate Monte Monty Monvīds Moos Moradeke Morayo Morena Morenike Moreno Morgan Morgana Morgane Moriah Moric Moris
Moritz Morne Morolake Morris Morten Mortimer Morton Mose Moses Moshe Mosinmileoluwa Mossie Mosunmola Mosè Motunrayo
Mouhamadou Mouhamed Mouhameth Mouhammadou Moussa Moustapha Moyosore Mozell Mozelle Mozes Moïse Moïsette Mořic Mpho
Mpilo Mpumelelo Msizi Mstislav Mthunzi Muammer Muaviye Muaz Mudīte Mugur Mugurel Muhammed Muharrem Muhsin Muhtar
Muhterem Muhteşem Muhyiddin Mujur Mukadder Mukaddes Mukesh Muktedi Muktedir Muktefi Mukul Mulya Mulyanto Mulyono
Mumpuni Muni Murat Muriel Muriela Murilo Murl Murphy Murray Mursinin Mursita Murti Musa Musawenkosi Muslih Mustika
Mustofa Mutahhar Mutasım Muteber Mutemed Mutia Muttalib Muyiwa Muzaffer Muziano Mya Myah Myla Mylan Mylene Myles Mylo
Mylène Myra Myriam Myrl Myrna Myron Myrthe Myrtice Myrtie Myrtil Myrtis Myrtle Mája Márcia Mária Mário Márk Márton
Mátyás Máté Médea Médoune Médéric Mégane Mélanie Mélisande Mélissa Mélissandre Mélodie Mércia Mérovée Mína Mónica
Móric Müesser Müfid Müge Müjdat Müjde Müjgan Mükerrem Mümtaz Münevver Münir Müren Müzdad Müşir Māra Mārcis Māris
Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Mētra Mısra Mələk Nabi Nabila Nabin Naci Nada Nadalina Nadejda
Nadežda Nadi Nadia Nadine Nadir Nadja Nadzieja Nadège Naděžda Nae Naemi Nafiz Nagabhushanam Nahid Nahil Naim Naja
Najam Najib Najwa Nakia Nalan Nalar Nalini Namazio Namık Nana Nanda Nandi Naneta Nanna Nannie Naomi Naomie Naoufal
Naoufel Napoleon Napoleone Nara Naradi Narayan Narcis Narcisa Narciso Narcisse Nardi Narinder Narji Narseo Narsete
Nasab Nash Nasim Nasir Nasrullah Nastja Natale Natalie Natalija Natalina Natan Natanael Nataniel Natasa Natasha Nataša
Natașa Nate Nathalie Nathanael Nathanaël Nathanial Nathaniel Nathen Natiq Natka Natália Natálie Naud Naudet Naura
Naveen Navin Nawal Nayeli Naz Nazan Nazario Nazariusz Nazary Nazif Nazlı Nazmi Nazzareno Nazzaro Nazım Naďa Nađa
Ndleleni Ndondoloza Neal Nebojša Necat Necati Necdet Nechifor Necib Necla Necmettin Ned Neda Nedeljko Nedim Nedjeljka
Nedjeljko Nedra Neele Neeltje Neha Nehir Neiva Nejat Neklan Nela Nelda Nele Nelea Neli Nella Nelle Nellea Nelli Nellie
Nelly Nels Nelu Nemanja Nena Nenad Neo Neoma Neonila Neopolo Neoterio Nepomuk Nera Nerea Nereo Nergis Neri Nesa Nesim
Neslişah Nesrin Nestor Nestore Nettie Neva Neven Nevena Nevenka Nevin Nevio Nevra Nevzat Newell Nezamysl Neşet
Nhlakanipho Nia Nicanor Nicarete Nicea Niceforo Niceto Nicezio Nichifor Nicholaus Nichole Nicklas Nicklaus Nickolas
Nicla Niclas Nico Nicoară Nicodemo Nicodim Nicolae Nicolai Nicolaie Nicole Nicoleen Nicoleta Nicoletta Nicolette
Nicoline Nicolás Nicolò Nicon Nicu Niculina Niculiță Nicușor Nicuță Nicéphore Nida Nidia Niek Niels Niene Nienke Nigar
Nigel Nihad Nihal Nihan Nihat Nika Nikita Nikki Nikkie Nikko Niklas Niklāvs Niko Nikodem Nikodém Nikodéma Nikol Nikola
Nikolas Nikolasz Nikoleta Nikolina Niké Nikša Nila Nilam Nilde Nilgün Nils Nimakoah Nimas Nimit Nimród Nineli Ninfa
Niniano Ninioluwa Nino Ninthe Niraj Niranjan Nirbhay Niro Nisa Nisan Nischal Nives Niyaga Niyazi Niyilolawa Nizamettin
Njegomirka Nkanyezi Nkosenye Nkosingiphile Nkosinhle Nkosiyabo Nnamdi Noa Noam Noami Noan Noe Noel Noelia Noema Noemi
Noemie Noemy Nofoto Nokuthula Nola Nolan Nolen Nolwazi Nomi Nomvula Nona Nonhlanhla Nonjabulo Nonkululeko Nonna Noor
Noortje Nora Norah Norbert Norberta Norberto Nore Norene Norica Norina Norma Norman Normand Norris Norval Norwood
Nostriano Noud Nour Nouri Nout Nova Novak Novan Novella Novi Noviana Novita Nowi Nox Nozipho Noè Noé Noémi Noémie Noë
Noël Noëlla Noëlle Nqobile Nrima Nthabiseng Ntokozo Ntombizodwa Nuccia Nugraha Numan Nuno Nunziata Nunzio Nur Nural
Nuran Nuray Nurettin Nurgül Nurgün Nurlan Nursel Nurseli Nurul Nurullah Nusret Nuša Nya Nyah Nyana Nyasia Nynke Nyoman
Nándor Nátán Néhémie Néné Nóra Núbia Núria Nükhet Něhoslav Nərgiz Oana Oba Obie Obioma Obrad Obren Oceane Ocie Octav
Octave Octavia Octavian Octaviana Octavio Octaviu Océane Oda Oddone Odell Oderico Odeta Odetta Odette Odidone Odie
Odile Odilia Odilon Odin Odolen Odon Odorico Odunayo Ofelia Ofelya Ofélia Ofélie Oger Ognjana Ognjen Ogooluwa Ojaswini
Ojārs Okan Oke Okey Okiki Okta Oktavie Oktavius Oktavián Oktay Okto Oktávie Okşan Ola Oladara Oladare Oladimeji Olaide
Olajumoke Olakunle Olamide Olanrewaju Olansile Olaoluwa Olasunmbo Olatunbosun Olavi Olayinka Olbram Olcay Oldrich
Oldřich Oldřiška Ole Oleg Oleksandr Olen Olena Olesea Oleta Olgica Oliga Olimpia Olimpiada Olimpian Olimpio Olimpiu
Olin Olinda Olindo Oliva Olivera Olivie Olivier Oliviera Oliviero Oliviu Olivér Oliwia Oliwier Olle Ollie Olof Ololade
Olufeyisayo Olufunke Olufunmi Olufunmilayo Olumide Olumorotimi Olusola Olutomiwa Oluwafemi Oluwagbemiga Oluwakemi
Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwasemilore Oluwaseun Oluwaseyi Oluwatimilehin Oluwatobiloba
Oluwatofunmi Oluwatosin Oluwatoyosi Oluwatumise Oluwole Oluwunmi Olympe Olympia Olympie Olívia Olīvija Oma Omana Omari
Omawunmi Ombline Ombretta Omer Omero Omobobola Omobolanle Omodunni Omolabake Omolara Omolola Omosalewa Omotara Omotayo
Omotola Omotolani Omotoun Omowumi Ona Ondina Ondrej Ondřej Ondřejka Onesta Onesto Oni Onie Onofrio Onome Onorata
Onorina Onorino Onorio Onoriode Onufry Onur Oormila Opal Opalina Opaline Opan Opemipo Opeoluwa Opeyemi Ophelia Ophélie
Opung Ora Oral Orazio Orchidea Oren Orenzio Oreofe Orest Oreste Orestes Orfeo Orhan Oriana Oriande Oriane Orie Orietta
Orin Orio Orion Orland Orlando Orlane Orlo Ornella Oronzo Orpha Orrin Orsino Orso Orsola Orsolina Ortansa Ortensia
Ortensio Orval Orville Orvokki Osanna Osbaldo Osborne Oskar Oskari Osman Osmondo Osmund Ostoja Osunleke Osvald Osvaldo
Oswald Oswaldo Ota Otakar Otakara Otello Otha Otho Otilia Otilie Otis Otmar Oto Otokar Otomar Ottaviano Ottavio
Ottilia Ottilie Ottis Otto Ottone Otília Otýlie Otīlija Oumar Oumayra Oumou Oury Ousmane Ovidio Ovidiu Ovidius Owen
Oxana Oya Oyenike Oyindamola Oyindasola Ozan Ozana Ozanne Ozella Ozren Ozy Oğuz Oğuzhan Oļegs Oļģerts Oľga Paciano
Pacifico Pacomio Pacôme Padam Padma Padmi Paige Paiman Paja Pakize Palatino Palladia Palladio Palma Palmazio Palmira
Palmiro Palémon Pam Pamfil Pammachio Panagachie Panait Panca Pancario Pancrazio Pandu Panfilo Pangeran Pangestu Panji
Panka Pankracy Pankrác Panna Pansy Pantaleo Pantaleon Pantaleone Pantelei Paola Paolo Param Paramartha Paramita
Paraschiva Parascovia Pardi Pardo Parfait Paride Parker Parla Parman Parmenio Parsival Parvati Pascal Pascale Paskal
Paskala Pasquale Pat Paterne Paterniano Pathé Patrice Patricie Patricio Patrik Patrizia Patrizio Patroclo Patrycja
Patrycjusz Patrycy Patryk Patrícia Patrīcija Patti Pattie Patty Paule Paulette Paulica Pauliina Paulin Paulina Pauline
Paulína Paulīne Pauside Pava Pavel Pavica Pavla Pavle Pavlina Pavlín Pavlína Pavol Paweł Paxton Payidar Payton Pearlie
Pearline Peggie Peggy Pekka Pelaghia Pelagia Pelagie Peleo Pelhřim Pelin Pelinsu Pelle Pellegrino Pelumi Pembe Penda
Penelopa Penelope Pentti Pepe Pepijn Pepo Pera Perceval Percival Percy Peri Perica Pericle Perihan Perikles Perkasa
Perla Pernilla Pero Perran Perrine Perry Perseo Persida Pertev Peruna Perver Pervin Perzida Petar Pete Petek Petko
Petr Petra Petrana Petre Petri Petrică Petrija Petrișor Petronela Petronila Petronilla Petronio Petronius Petru
Petruše Petruț Petruța Petteri Petula Peyami Peyton Phil Phila Philani Phileine Philibert Philine Philipp Phillip
Philomène Philothée Philou Philémon Phiwokwakhe Phoebe Phyllis Pia Pien Piera Pierangelo Pierce Piergiorgio Pierluigi
Piermarco Piero Pierrick Piersilvio Piet Pieter Pietro Pilar Pim Pinkie Pio Piotr Pip Piper Pippa Pippo Piraye Pirjo
Pirkko Pius Placida Placido Platon Platone Platón Pleun Plinio Plutarco Pola Polidoro Polifemo Polikarp Polina
Polissena Pollione Polly Polykarp Polyxena Pompeo Pompilia Pompiliu Pomponio Pontus Ponziano Ponzio Pooja Poornima
Porfirio Porfiriusz Porfiry Porter Porzia Porziano Postumio Poul Praba Prabawa Prabin Prabowo Prabu Prakash Prakosa
Pramila Pran Pranata Pranawa Pranay Prasad Prasanna Prascovia Prasetya Prasetyo Prashant Prassede Prathamesh Pratiwi
Pravdan Pravdomil Pravdomila Pravomil Pravomila Pravoslav Pravoslava Prayag Prayitna Prayoga Prayogo Precious Predrag
Preity Prem Prema Presley Preston Priamo Primerose Primo Prisca Priscila Priscilla Priscille Prisco Priska Prita
Privato Priyala Procopio Profira Prokles Prokop Prokopa Prokul Proserpina Prospera Prospero Protasio Proteo Providenci
Prudence Prudenzia Prudenzio Prvoslav Publio Puck Puji Puk Pulchérie Puneet Pupolo Puput Purna Purnima Purushottam
Purwa Purwadi Purwanto Pushti Pusicio Puspa Puspita Puti Putri Putu Päivi Pécine Pélagie Pénélope Pépin Péter
Pétronille Pío Pārsla Pāvils Pătru Pēteris Pınar Přemysl Přibyslav Přibyslava Pəri Qori Quartilla Quarto Quasimodo
Queenie Quentin Quentine Querano Quieta Quin Quincy Quinn Quinten Quintia Quintiliano Quintilio Quintino Quinton
Quinty Quinziano Quinzio Quirin Quirino Quiteria Quiéta Rabia Rachael Rachela Rachele Rachelle Rachid Raci Rada Radan
Radana Radegast Radek Radeke Raden Radenko Radha Radhost Radika Radim Radimír Radimíra Radina Radion Radislav
Radislava Radit Raditya Radivoj Radivoje Radiša Radka Radko Radmil Radmila Radmilo Radojka Radolfo Radomil Radomila
Radomir Radomír Radomíra Radosav Radoslav Radoslava Radovan Radovana Radoš Radslava Radu Radul Radvan Radúz Rae Raegan
Raf Rafaela Rafaël Rafał Rafet Raff Raffaele Raffaella Rafi Rafid Rafila Rafiq Rageshwari Rageswari Raharja Rahayu
Raheem Rahel Rahim Rahime Rahman Rahmat Rahmawati Rahmi Rahsaan Rahşan Raide Raif Raihan Raik Raimondo Raimund Raina
Rainald Rainaldo Rainelda Rainer Rainhard Rainold Raisa Rajan Rajendra Rajina Rajinder Rajko Rajmund Rajna Rajnold
Rajsa Raju Rakesh Rakita Rakıp Ralf Raluca Rama Ramaa Ramata Ramatoulaye Ramazan Ramesh Rameshwar Ramiro Ramiz Ramona
Ramón Rana Randal Randall Randi Randolf Randolph Ranek Rangga Rania Raniero Ranjan Ranjeet Ranjit Ranko Ranolfo Raoul
Raphael Raphaelle Raphaël Raphaëlle Rapulane Raquel Rareș Rashad Rashawn Rasheed Rasheedah Rasim Rasmus Rastislav
Rastislava Rati Ratibor Ratih Ratimir Ratmír Ratna Rauf Ravi Rayan Rayen Raymonde Raymundo Raúl Raşit Raško Reagan
Reanna Reba Rebeca Rebeka Rebekah Rebekka Recai Redmond Reece Reese Refah Refet Refik Regan Reggie Reghina Regina
Reginald Reginaldo Regitze Regnārs Regolo Regína Regīna Reha Reid Reilly Reina Reine Reinhold Reis Reksa Relja Relu
Remig Remigio Remilekun Remington Remo Remondo Remus Remzi Renat Renata Renato Renaud Rendy Rene Renee Renette Rengin
Renja Rens Renske Renzo Renát Renáta René Renée Renārs Renāte Respati Respicio Ressie Restu Resûl Resül Reta Retha
Retno Retta Reuben Reva Revi Rey Reybaud Reyes Reyhan Reymundo Reyna Reynold Reza Rezzan Reşat Rhea Rhett Rhianna
Rhiannon Rhoda Rhonda Ria Riaan Riana Ricardo Ricario Riccarda Riccardo Richarda Richelmo Richie Richárd Rickard
Rickey Rickie Ricky Ridwan Rieke Rifat Riff Rigard Rigoberto Riitta Rija Rika Rike Rikke Riley Rima Rimma Rina Rinaldo
Rini Rino Ristana Ritesh Ritva Riv Rizki Ričards Roan Robaldo Robb Robbie Roberta Robertina Robi Robina Robinson Robyn
Rocco Roch Rochelle Rocio Rocky Rocío Rodan Roderick Roderik Roderyk Rodger Rodiano Rodica Rodion Rodney Rodolfo
Rodoljub Rodolphe Rodrick Rodrigue Roel Rogelio Rogers Rohan Rohana Rohit Rokhaya Roko Roksana Roland Rolande Rolando
Rolf Rolfo Rollin Roma Romain Romaine Roman Romana Romane Romanița Romano Romee Romeo Romero Romeu Romilda Romina
Romoaldo Romola Romolo Romuald Romualdo Romul Romulus Romy Roméo Romāns Ron Ronaldo Ronan Ronja Ronke Ronnie Ronny
Roos Roosevelt Rory Rosa Rosalee Rosalia Rosalie Rosalina Rosalind Rosalinda Rosalyn Rosamond Rosamunda Rosana Rosanna
Rosario Roscoe Roselin Roseline Rosella Roselyn Rosemarie Rosemary Rosendo Roser Rosetta Rosie Rosina Rosita Roslyn
Rosman Rosmunda Ross Rossana Rossella Rossie Rostislav Rostislava Rotaru Rotimi Rovena Rover Rowan Rowena Rowland
Roxana Roxane Roxanne Roxelana Roxy Roy Royce Roza Rozalia Rozalinda Rozamunda Rozana Rozella Rozina Rozita Rozvita
Rozália Rozálie Ruben Rubiano Rubie Rubye Rubén Rudi Rudolf Rudolfa Rudolfina Rudolfína Rudolph Rudra Rudy Rudīte
Rufina Rufino Rufo Rufus Ruggero Ruhsar Rui Rukhmani Rukmin Rumena Rupert Ruperto Rupinder Ruprecht Ruslan Ruslana
Rusman Russ Russel Russell Rustam Rut Ruta Ruthe Ruthie Rutilo Ruxanda Ruxandra Ruža Ružena Ružica Ryann Ryder Rylan
Rylee Ryleigh Ryley Ryszard Ráchel Régine Régis Réjean Réjeanne Réka Rémi Róbert Róza Róża Röya Rúben Rút Rükneddin
Rüya Rüçhan Rüştü Răducu Răzvan Rıdvan Rıfat Rıfkı Rıza Rūdis Rūdolfs Rūsiņš Rūta Růžena Rəşad Rəşid Saadat Saar Saba
Sabar Sabato Sabazio Sabele Sabin Sabina Sabine Sabino Sabir Sabri Sabrina Sabryna Sabína Sabīne Sachin Sacid Sada
Sadberk Sadettin Sadi Sadie Sadina Sadio Sadri Sadullah Sadye Sadık Safa Safae Saffet Saffiro Saffo Safiatou Safina
Safira Safiya Safiétou Safouan Safouane Safta Sagar Sahra Saiful Saige Saim Saka Sakari Sakti Sakura Saladino Salif
Salih Salim Salimah Salimata Salimatou Saliou Sallie Salma Salome Salomea Salomena Salomey Salomon Salomone Salomè
Salomé Salomë Salsabila Salustio Salvatore Salvo Salwa Salwator Saly Samanta Samantha Samara Samba Samed Sameer Sami
Samia Samiah Samih Samim Samir Samira Sammie Sammy Samona Samson Samsul Samuela Samuele Samukelisiwe Samuël Sancho
Sanda Sandeep Sander Sandrine Sandro Sandu Sanele Sanem Sanford Sanja Sanjin Sanka Sanna Sanne Sansone Santa Sante
Santina Santino Santos Santosh Sanya Saphira Sapiente Sarada Sarai Sarala Saraswati Sarbello Sare Sari Sarina Sarisha
Sarita Sarla Sarmīte Saroja Sartika Sarvin Sascha Sasha Saskia Saskie Satu Saturniano Saturnin Saturnino Satyen Saul
Saulcerīte Sauveur Sava Savanah Savanna Savannah Savaş Saverio Saveta Savi Savin Savina Savinien Savino Savion Savva
Saxona Saèr Saúl Saša Scarlett Scholastika Scholastique Schuyler Scolastica Scottie Scotty Seamus Seb Sebas Sebastiaan
Sebastiana Sebastiano Sebastián Sebastião Sebestian Seckou Seconda Secondiano Secondina Secondo Seda Sedat Sedef Seden
Sedrick Sedrik Sef Sefer Seff Sefora Seghei Segilola Seher Sekinat Selahattin Selami Selcan Selda Selen Selena Selene
Selim Selin Selina Selma Selmer Selvaggia Selvi Selçuk Sem Sema Semenica Semih Semion Semiramide Semplicio Sempronio
Semra Sena Senay Senesio Senka Senn Senna Senne Senofonte Senta Sepp Seppe Seppo Septi Serafim Serafima Serafin
Serafina Serafino Serafín Serafína Serap Serapione Serbülent Seren Serena Serenity Serenus Serge Sergej Sergen Serghei
Sergi Sergio Sergiu Sergiusz Serhat Serin Sermet Serpil Sertap Sertaç Server Servidio Serviliano Servác Sesto Seth
Settar Settimio Settimo Setya Sev Seval Sevda Severa Severiano Severin Severina Severino Severo Severín Sevgi Sevil
Sevim Sevinç Sevtap Seweryn Seydou Seye Seyfettin Seyfi Seyfullah Seynabou Seyyit Seçil Seçkin Sfiso Shad Shaina Shaka
Shakila Shakira Shakti Shakuntala Shalewa Shana Shane Shanel Shanelle Shania Shanie Shaniya Shankar Shanna Shannon
Shanny Shanon Shantanu Shanti Shany Sharda Shari Sharmila Sharon Shashi Shashikala Shaun Shawn Shawna Shaylee Shayna
Shayne Shea Sheela Sheila Shekoni Sheldon Shelia Shelley Shelly Shemar Sher Sheri Sheridan Sherly Sherman Sherri
Sherry Sheryl Shilpa Shirisha Shirley Shiv Shivakari Shobhana Shola Shresth Shresthi Shreya Shreyashi Shridevi
Shrishti Shristi Shubha Shubhaprada Shwet Shyann Shyanne Sibel Sibilla Sibongile Sibusiso Sibyl Sibyla Sibylle Sico
Sicuro Sid Siddarth Siddhartha Siddhi Siddhran Sidiq Sidney Sidoine Sidon Sidonia Sidonie Sidonio Sidy Sidónia Siebe
Siem Sienna Siep Sifiso Sigebert Sigfrido Sigfríd Sigismond Sigismondo Sigmund Signe Sigrid Sigurd Sijuade Sil Silas
Silja Silje Silke Silvan Silvana Silvano Silverio Silvester Silvestr Silvestro Silvia Silvian Silviana Silvie Silvija
Silvio Silviu Silvius Silván Silvána Silvère Sim Simen Simeon Simeona Simeone Simge Simi Similoluwa Simina Simion
Simisola Simo Simona Simone Simonetta Simonida Simão Sina Sinan Sindisiwe Sindre Sinem Sinenhlanhla Sinesio Sinfronio
Sinică Sinikka Siniša Sinja Sinkler Sintia Siphephelo Siphiwe Sipho Sireno Siria Siriano Siricio Sirineu Sirio Siro
Siré Siska Sisto Sitara Sithembiso Siti Siv Sixt Sixte Sixtine Sixtus Siyanda Sizakele Sizani Siënna Sjoerd Sjors
Skaidrīte Skarlet Skarleta Skye Skyla Skylar Slamet Slava Slavek Slaven Slaviboj Slavibor Slavica Slavka Slavko
Slavoboj Slavoj Slavoljub Slavomil Slavomila Slavomír Slavomíra Slavěna Slađana Slobodan Slobodanka Sloka Sláva Slávek
Slávka Smaranda Smeralda Smil Smiljana Smilla Smita Smriti Sname Snejana Snežana Snježana Soave Soběslav Soběslava
Soccorso Socrate Soda Sofie Sofija Sofronia Sofronie Sofía Sokhna Sokrat Solange Soledad Soleh Soline Solocone Solomon
Solon Solveig Solveiga Som Soma Somnath Somu Sondre Songül Sonia Sonja Sonya Soof Sophia Soraia Sorana Soraya Sorin
Sorina Sostene Sosteneo Sostrato Soter Sotira Souleymane Sowande Soňa Spano Spartaco Spencer Speranza Speranzio
Speranța Spiridon Spirydion Spytihněv Spīdola Srboljub Sredoje Srećko Srna Stacey Stacy Stan Stana Stanca Stancu
Stanford Stanimír Stanislao Stanislas Stanislav Stanislava Stanisław Stanko Stanley Stanton Staša Steen Stef Stefana
Stefania Stefanie Stefano Steffen Stela Stelian Steliana Stella Steluta Steluța Sten Stepan Stepanida Stephaans
Stephan Stephania Stephanie Stephany Stephon Sterre Stevan Stevie Stewart Stig Stijn Stiliano Stina Stine Stipan Stipe
Stiriaco Stjepan Stojan Stojanka Stojmír Strahinja Stribor Stuart Stáza Stéphane Stéphanie Suat Subash Subhash
Subhashini Subhasini Subhi Subodh Subomi Sucheta Suci Sude Sudeva Sudi Sue Sujata Sukanya Suma Suman Sumayyah Sumeet
Sumitra Sunay Sune Sunita Sunniva Sunny Sunčica Suraj Surano Suresh Sururi Surya Suryakant Suryakanta Suryakantam
Susana Susanna Susanne Sushant Susheel Sushil Sushma Susie Suus Suzan Suzana Suzanne Suze Suzon Suélen Svatava
Svatoboj Svatobor Svatomír Svatopluk Svatoslav Svatoslava Svea Sveatoslav Svebor Svend Svenja Sverre Svetislav
Svetlana Svetolik Svetomir Svetoslav Svetozar Svetozár Sveva Svitlana Sviturno Svätopluk Světla Světlana Světluše
Swami Swapnil Swara Swarnalata Swassane Sweta Syahrini Sybilla Syble Sydnee Sydni Sydnie Sylva Sylvain Sylvan
Sylvester Sylvestre Sylvia Sylviane Sylvie Sylwester Sylwia Synne Szabolcs Szczepan Szofi Szofia Szonja Szymon Szófia
Sába Sámo Sámuel Sándor Sára Sáva Sâkıp Sânziana Sébastien Ségolène Sékou Séraphin Sérgio Séverin Séverine Sílvia
Sönke Sören Søren Süheyl Süleyman Sıdkı Sıla Sırrı Səbinə Tabea Tabita Tabitha Taceddin Tacjana Tad Taddeo Tade Tadeo
Tadeáš Tadija Taha Tahir Tahlia Tahsin Taib Taide Taisia Taiwo Talat Talay Talea Talha Talia Talip Talita Talon Tamara
Tami Tamia Tamina Tamino Tammaro Tammo Tammy Tamás Tamāra Tancredi Tancrède Taner Tanguy Tania Tanirika Tanja Tanju
Tankred Tanner Tansu Tantri Tanushree Tanushri Tanya Tanyeli Tapan Tapani Tapio Tara Taras Tarcisio Tari Tarik Tarja
Tarkan Tarquinia Tarsilla Tarso Tarun Taryn Tarık Tasa Tasdik Tasha Tasnim Taswir Tate Tatiana Tatjana Tatum Tatyana
Taufan Taufik Taurean Taurin Tavares Taya Tayfun Tayler Taylor Tayyar Taziana Taziano Tazio Taşkın Taťána Teagan Tecla
Teddy Tedi Teea Teguh Teije Tej Teja Tejas Tejumola Tekin Tekinalp Tekla Telchide Telemaco Telica Tellervo Telly Temel
Temidayo Temistocle Temitope Teo Teobald Teobaldo Teodata Teodolinda Teodor Teodora Teodorik Teodoro Teodosia Teodosio
Teodoto Teodoz Teodozie Teofan Teofil Teofila Teogene Teohari Teoman Teona Terenc Terence Terencius Terencjusz
Terenzio Tereza Terezie Teri Terrance Terrell Terrence Terri Terrill Terry Tertuliano Terzo Terézia Terēze Tesauro
Tesifonte Tess Tessa Tessie Tetiana Teudosia Teun Teunis Tevfik Tevhid Tevin Tezcan Tezel Tezer Thabisa Thad Thaddeus
Thadie Thalea Thalia Thamsanqa Thando Thaïs Thea Thelma Themba Theo Theobald Theodor Theodora Theodore Theodorik
Theodosie Theofan Theofil Theofila Therese Theresia Theron Theunis Theuns Thiago Thibault Thibert Thierno Thierry
Thies Thije Thijmen Thijn Thijs Thilo Thirza Thobeka Thom Thora Thorben Thore Thorge Thulani Thulisile Thurman Théo
Théodora Théodore Théodose Théophile Théophraste Thérèse Tia Tiago Tiana Tianna Tiara Tibaldo Tibbe Tiber Tiberia
Tiberio Tiberiu Tiberius Tibor Tiburcius Tiburzio Tichomil Tichomír Tichon Ticone Tidiane Tieme Tierra Tiffany Tihomir
Tiina Tija Tijana Tijmen Tijn Tijs Tillman Tillmann Timbul Timea Timm Timmothy Timmy Timo Timofei Timoléon Timon
Timotei Timotej Timoteo Timoteus Timothée Timur Tina Tinca Tincuța Tine Tino Tiphaine Tira Tiril Tirone Tirta
Tirtayasa Tirza Titi Titien Titilayo Titilope Titin Tito Titus Tizian Tiziana Tiziano Tizio Tjark Tobia Tobias Tobiasz
Tobiloba Tobin Tobiáš Toby Tod Todd Todor Toke Toki Tokunbo Tolga Tolomeo Tolulope Tolunay Toluwalope Toluwani
Toluwanimi Toma Tomas Tomasa Tomasz Tome Tomi Tomiloba Tomislav Tomislava Tomke Tommaso Tommie Tommy Tomo Tomori Tomás
Tomáš Tomáška Tomé Toney Toni Tonija Tonka Tonko Tonnin Tonya Tonči Tončica Toon Tope Tor Torben Torbjörn Torey
Torkvát Torquato Torrance Torrey Torsten Tosca Tosco Toska Toussaint Toy Trace Tracey Traci Tracy Traian Trajan
Tranquillo Trasea Travis Travon Tre Tremaine Tremayne Trent Trenton Tressa Tressie Treva Trever Trevion Trevor Trey
Tri Tricia Trilochan Trilochana Trilok Trilokanath Trilokesh Triloki Trine Trisha Tristan Tristano Tristian Tristin
Triston Troels Trofim Troy Trpimir Trpko Trudie Trycia Trystan Trīne Tsabita Tuana Tuba Tudor Tudora Tudorița Tudosia
Tufan Tugay Tugiman Tuhfe Tullia Tulliano Tullio Tunahan Tunar Tunay Tunç Tunçer Tuomas Turan Turgay Turgut Turi
Turibio Turna Turner Turold Tushar Tussio Tutku Tuula Tuulikki Tuur Tuğba Tuğrul Tuğtekin Tvrtko Twan Twila Tycho Tygo
Tyler Tymon Tymoteusz Tyra Tyree Tyreek Tyrel Tyrell Tyrese Tyrique Tyron Tyrone Tyshawn Tyson Táňa Tülay Tülin Tümer
Türkan Türkay Türker Türkeş Tālis Tālivaldis Tālrīts Tīna Tınas Tərlan Ubaldo Ubertino Uberto Uchita Uda Udai Udit Udo
Uffe Ufuk Ugo Ugolina Ugolino Uguccione Uhra Ujjawal Ujjwal Ukbe Ulberto Ulderico Ulduz Ulf Ulfa Ulfo Uli Uliana
Ulices Ulises Ulisse Uliva Ulla Ulpiano Ulrich Ulrico Ulrik Ulrika Ulstano Ultimo Ulus Uluthando Ulva Ulvi Ulviye
Ulwazi Ulya Ulysse Uma Umang Umar Umay Umaya Umberto Umi Umile Umur Umuralp Umut Una Undīne Unggul Unjani Unna Upendra
Upik Uranio Urbain Urbano Urdino Uriah Uriel Uriele Urmila Ursicio Ursino Ursmaro Ursule Uršula Uršuľa Usame Usha
Usman Usyi Utama Utku Uttam Uve Uygu Uzodimma Uğur Uģis Vada Vadim Vagn Vahdet Vahid Vahide Vahâ Vaidehi Vaijayanthi
Vaijayanti Vaishnavi Vaishno Vaishvi Vala Valburga Valdemar Valdemara Valdemārs Valente Valentijn Valentim Valentin
Valentina Valentine Valentino Valentín Valentína Valentýn Valentýna Valentīna Valentīns Valera Valeri Valeria
Valeriana Valeriano Valerico Valerii Valerija Valerio Valeriu Valerián Valfredo Valfrido Vali Valid Vallie Valtena
Valter Valtr Valtteri Valère Valér Valéria Valérie Valéry Valērija Valērijs Vance Vanda Vanesa Vanessa Vania Vanja
Vanna Vanya Varalakshmi Varo Varvara Vasanti Vasco Vasil Vasile Vasili Vasilica Vasilică Vasilie Vasilina Vasilisa
Vasko Vasudev Vasudeva Vasudha Vasundhara Vatroslav Vavrinec Vavřinec Veaceslav Vecdi Veceaslav Veceslav Veda Vedang
Vedanga Vedanshi Vedasto Vedat Vedran Vedrana Veerle Vefa Vefik Vega Vehbi Veikko Veit Vela Velana Velaphi Velda
Veleslav Veleslava Veli Velibor Velimir Velimira Velimír Velina Velio Velislav Velislava Velma Velva Vena Venance
Venanzio Vencel Venceslao Venceslas Vendel Vendelín Vendelína Vendula Vendulka Venera Veneranda Venerando Venere
Venerio Veniamin Ventura Venusta Venustiano Venusto Venuše Vera Verano Verda Verdiana Verdie Vere Verecondo Verena
Verenzio Vergie Vergiliu Verginia Veriana Verica Veridiana Verla Verlie Vern Verna Verner Vernice Vernie Vernon Vero
Veronica Veronika Verulo Verónica Veselinka Vesile Vesna Vespasiano Vesper Vesta Veta Veysel Veysi Vezio Vianney
Vibeke Vic Vica Vicdan Vicenta Vicente Vicenția Vicențiu Vicki Vickie Vicky Victoire Victorien Victorin Vida Vidak
Vidal Vidhur Vidhya Vidiano Vidone Vidor Vidur Vidya Viera Vieroslava Vieve Viggo Vigile Vigo Vijeko Vijolīte Vik
Viktor Viktoria Viktorie Viktorin Viktorín Viktória Vildan Vilde Vilemína Vilfredo Vilhelm Vilhelmīne Viliam Viliana
Vilibald Viliberto Ville Villy Vilma Vilmar Vilmos Vilmārs Vilém Viléma Vimal Vimala Viman Vin Vinay Vince Vincenc
Vincencie Vincenza Vincenzo Vincențiu Vinciane Vindonio Vinebaldo Vinfrido Vinicio Vinka Vinnie Vino Vinsen Vinz
Violante Violeta Violetta Violette Violina Viorel Viorela Viorelia Viorica Virgie Virgil Virgilio Virgiliu Virgin
Virginie Virginio Virgínie Virman Virone Virág Visarion Viscardo Vishnu Vishwamitra Vissia Vita Vital Vitale Vitali
Vitalia Vitalico Vitalie Vitalii Vitalina Vito Vitold Vitor Vittore Vittoria Vittoriano Vittorio Vitus Vitória
Vitālijs Viva Vivaldo Vive Vivi Vivian Viviana Viviane Vivianne Viviano Vivien Vivienne Vizbulīte Višnja Vjekoslav
Vjenceslav Vlad Vlada Vladan Vladana Vladek Vladilena Vladimer Vladimira Vladimiro Vladimír Vladimíra Vladislav
Vladislava Vladivoj Vladlen Vladlena Vlado Vladěna Vlaicu Vlasta Vlastimil Vlastimila Vlastimir Vlastimír Vlastimíra
Vlastislav Vlastislava Vlatka Vlatko Vlk Vodingo Voichița Voicu Vojen Vojin Vojislava Vojmil Vojmír Vojmíra Vojslav
Vojslava Vojtech Vojtěch Vojtěška Vok Voldemārs Volfango Volfgang Volkan Voršila Vratislav Vratislava Vratko Vrinda
Vrund Vsevolod Vujadin Vujica Vuk Vukan Vukašin Vukica Vukota Vulmaro Vulpiano Vuslat Vusumuzi Vyas Václav Václava
Vânia Véronique Víctor Vít Víta Vítor Vítoslav Vítězslav Vítězslava Víťazoslav Vēsma Věduna Věnceslav Věnceslava Věnek
Věnka Věra Věroslav Věroslava Věslava Všeboj Všebor Všerad Všeslav Wacław Wade Wadi Wage Wahyu Waino Wakiman Waldo
Wale Walenty Walentyn Walentyna Waleran Waleria Walerian Walery Walgierz Walker Wallace Walton Waluyo Waly Wanda
Wandrille Wanesa Wani Wardaya Wardi Warji Warley Warsa Warsita Warta Wasis Watson Wava Wawan Wawrzyniec Waylon Wayne
Webster Weldon Wende Wendell Wendy Werner Weronika Wes Wesley Wessel Westley Weston Whitney Wiara Wibke Widya Wiebke
Wies Wiktor Wiktoria Wilber Wilbert Wilbur Wilburn Wiley Wilford Wilfred Wilfredo Wilfrid Wilfryd Wilhelm Wilhelmina
Wilhelmine Willa Willard Willem Willi Willis Willow Willy Wilma Wilmer Wilson Wilton Wincenty Winda Winfield Winifred
Winnifred Winona Winston Wira Wirda Wirginia Wisnu Witalis Wolf Woodrow Wout Wouter Wulan Wulandari Wuraola Wyatt
Wyman Władysław Włodzimierz Xanana Xander Xaver Xaverie Xaverius Xavi Xavière Xem Xenia Xenie Ximena Xochitl Xzavier
Xénia Xénophon Yacine Yadira Yago Yahya Yakubu Yalgın Yalçın Yaman Yamileth Yance Yango Yani Yannic Yannick Yannik
Yannis Yaprak Yara Yarah Yaren Yaretzi Yasemin Yasin Yasmeen Yasmin Yasmine Yassin Yassine Yassir Yavuz Yaw Yaya
Yazmin Yağmur Yağız Yaşar Yejide Yekta Yelda Yeliz Yener Yenthe Yesenia Yessenia Yessi Yetkin Yetunde Yewande Yeşim
Yfke Yibanathi Yinthe Yiğit Ylvi Ylvie Yoann Yoga Yogendra Yogesh Yoginder Yolanda Yolande Yonca Yono Yoro Yosef
Yoshiko Yosun Younes Youp Yousef Youssef Youssou Youssouph Youssoupha Ysaline Yseult Yulia Yuliana Yuna Yuni Yunita
Yunus Yven Yves Yvette Yvonne Yüce Yücel Yüksel Yümni Yıldırım Yıldız Yılmaz Zabedeo Zabina Zac Zaccaria Zaccheo
Zachar Zachariah Zachariasz Zacharie Zachariáš Zachary Zachery Zaché Zack Zackary Zackery Zaenab Zafer Zafir Zahar
Zaharia Zahide Zahir Zahra Zaida Zain Zainab Zaira Zakaria Zakary Zaki Zakir Zalindra Zalán Zama Zamfir Zamfira Zamir
Zamira Zander Zane Zanele Zanita Zanobi Zaraza Zaria Zarije Zarina Zaur Zavida Zayd Zayn Zbislav Zbyhněv Zbyhněva
Zbyněk Zbyslav Zbyslava Zbyňka Zbyšek Zbyška Zdena Zdenka Zdenko Zdeněk Zderad Zdeslav Zdeslava Zdeňka Zdirad Zdislav
Zdislava Zdravko Zdík Zechariah Zef Zefiro Zehra Zejnep Zekai Zekeriyyâ Zekiye Zelaya Zelda Zeliha Zelinda Zella Zelma
Zeltīte Zena Zenaide Zenebio Zeno Zenobia Zenobie Zenobio Zenon Zenone Zenovia Zente Zenzele Zerrin Zetico Zetta Zev
Zeyd Zeyneb Zeynel Zeynep Ziedīte Zigfrīda Zigfrīds Zigmārs Zigrīda Zihnî Zikmund Zina Zinaida Zinovia Zion Zita
Zithulele Ziva Ziver Ziya Ziyad Ziyanda Ziyâd Zizi Zlata Zlatan Zlatica Zlatka Zlatko Zlatomír Zlatomíra Zlatuše
Zobuhle Zoe Zoey Zofia Zoia Zoie Zoila Zoilo Zoja Zola Zoltan Zoltán Zora Zoran Zorana Zorina Zorka Zoroslav Zoroslava
Zosim Zosima Zosimo Zoé Zoéva Zoë Zrinislav Zrinko Zselyke Zsolt Zsombor Zsófia Zula Zulaikha Zulfa Zulfikar Zuzana
Zuzanna Zvezdana Zvonimir Zvonimír Zvonimíra Zvonko Zygmunt Záboj Záviš Zâfir Zâhit Zénó Zéphirin Zétény Zübeyde
Zübeyr Zühal Zülal Züleyha Zülfikâr Zümrüt Zīle Ábel Ádám Ákos Ámos Ángel Ángela Ármin Áron Árón Áurea Âmir Ângelo Åke
Åsa Çaba Çabdar Çablı Çabuş Çalapkulu Çankız Çağan Çağatay Çağdaş Çağla Çağlar Çağlayan Çağru Çağrı Çağrıbeğ Çağrıhan
Çağrıtegin Çağıl Çelen Çelik Çemen Çemgen Çetin Çetinel Çetiner Çeykün Çeşminaz Çilay Çilenti Çiler Çimen Çise Çisil
Çiçek Çiçem Çiğdem Çişem Çobulmak Çocukbörü Çokramayul Çolman Çolpan Çölü Çıgıl Çıngır Ève Édith Édouard Éleuthère
Élia Éliane Élie Élisabeth Élise Élisée Élodie Éloïse Élzéar Éléonore Émeline Émeric Émile Émilie Émérance Émérencie
Épiphane Éric Érica Étienne Évangéline Évariste Évelyne Évrard Ígor Íris Óscar Ömer Önder Öykü Özcan Özden Özer Özge
Özgür Özhan Özkan Özlem Özlen Öznur Ülfet Ülgen Ülker Ülkü Ülkər Ülviyyə Ümit Ümmiye Ümran Ünal Ünsel Ünseli Üzeyir
Ādams Ādolfs Ārija Ārijs Āris Čarna Časlav Čedomir Čeněk Čestmír Čestmíra Čeňka Čistoslav Čistoslava Đina Đorđe Đura
Đurađ Đurda Đurica Ērika Ēriks Ēvalds Ģederts Ģertrūde Ģirts Īrisa İbrahim İclal İdil İdris İffet İhsan İhvan İkbal
İkeme İkiçitoyun İkrime İlayda İlbey İlbilge İldike İlgegü İlham İlhami İlhan İlkay İlkben İlke İlker İlknur İlksen
İlkyaz İlqar İlyas İmge İmran İmrem İnci İnç İpek İrem İrfan İrinç İrinçköl İrtiş İsmail İsmet İtil İxtiyar İzel İzzet
İzzettin Ľubica Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łazarz Łucja Łukasz
Řehoř Řehořka Şaban Şadan Şahap Şahin Şahinalp Şahsuvar Şahsüvar Şaiq Şakir Şamil Şarani Şayan Şebnem Şecaeddin Şefik
Şehlevent Şehrazat Şelale Şemsi Şenay Şener Şengül Şennur Şenol Şerafettin Şeref Şerif Şermin Şevket Şevki Şevval
Şeyban Şeyda Şeyma Şihab Şihabeddin Şiir Şinasi Şir Şule Şâfi Şükrü Şəhriyar Šalamoun Šalomoun Šarlota Šavel Šebastián
Šimon Šimona Štef Štefan Štefánia Štěpán Štěpána Štěpánka Šárka Šťasta Żaneta Žakelina Žakelína Žaneta Žanete Žanis
Žanna Žarko Ždan Ždana Želibor Želimír Želimíra Želislav Želislava Željka Željko Želmír Želmíra Ženija Žigmund Žitomír
Žitomíra Žitoslav Žitoslava Živa Živan Živana Žofia Žofie Žubīte Əhməd Șerban Ștefan Ștefana Ștefania
`.trim().split(/\s+/);
