<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AgreementRepository</name>
    <message>
        <source>One weekend a month (%1 days of care)</source>
        <translation>Ett veckoslut i månaden (%1 vårddygn)</translation>
    </message>
    <message>
        <source>%1 meetings a month</source>
        <translation>%1 träffar i månaden</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialvården</translation>
    </message>
    <message>
        <source>Social services, %1</source>
        <translation>Socialvården, %1</translation>
    </message>
    <message>
        <source>The agreement is reviewed when the client plan is reviewed. Any party may end it by telling the social worker.</source>
        <translation>Avtalet ses över när klientplanen ses över. Varje part kan avsluta avtalet genom att meddela socialarbetaren.</translation>
    </message>
    <message>
        <source>The agreement has been signed and is not changed. Make a new version instead.</source>
        <translation>Avtalet har undertecknats och ändras inte. Gör i stället en ny version.</translation>
    </message>
    <message>
        <source>Choose the measure the agreement is about.</source>
        <translation>Välj den stödåtgärd som avtalet gäller.</translation>
    </message>
    <message>
        <source>The agreement was not found.</source>
        <translation>Avtalet hittades inte.</translation>
    </message>
    <message>
        <source>The agreement has already been signed by every party.</source>
        <translation>Avtalet har redan undertecknats av alla parter.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet: %1</source>
        <translation>Avtalet kan inte undertecknas ännu: %1</translation>
    </message>
    <message>
        <source>Choose the party who signed.</source>
        <translation>Välj den part som undertecknade avtalet.</translation>
    </message>
    <message>
        <source>Enter the day the party signed: today or an earlier day.</source>
        <translation>Skriv dagen då parten undertecknade: i dag eller en tidigare dag.</translation>
    </message>
    <message>
        <source>Replaced by version %1.</source>
        <translation>Ersatt av version %1.</translation>
    </message>
    <message>
        <source>Only a signed agreement in force can be ended.</source>
        <translation>Endast ett undertecknat avtal som är i kraft kan avslutas.</translation>
    </message>
    <message>
        <source>Enter the day the agreement ended, not before it started.</source>
        <translation>Skriv dagen då avtalet upphörde; den kan inte vara före avtalets början.</translation>
    </message>
    <message>
        <source>Write why the agreement ended.</source>
        <translation>Skriv varför avtalet upphörde.</translation>
    </message>
    <message>
        <source>Intensified family work, about %1 hours a week</source>
        <translation>Intensifierat familjearbete cirka %1 timmar i veckan</translation>
    </message>
    <message>
        <source>Family work about %1 hours a week</source>
        <translation>Familjearbete cirka %1 timmar i veckan</translation>
    </message>
    <message>
        <source>%1 signed this text. A change clears the signatures, and every party signs the new text.</source>
        <translation>%1 har undertecknat den här texten. En ändring tar bort underskrifterna, och varje part undertecknar den nya texten.</translation>
    </message>
    <message>
        <source>%1 has already signed, on %2.</source>
        <translation>%1 har redan undertecknat, den %2.</translation>
    </message>
</context>
<context>
    <name>AgreementRules</name>
    <message>
        <source>The agreement cannot start before the measure (%1).</source>
        <translation>Avtalet kan inte börja före stödåtgärden (%1).</translation>
    </message>
    <message>
        <source>The agreement cannot run past the end of the measure (%1).</source>
        <translation>Avtalet kan inte gälla efter att stödåtgärden upphör (%1).</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>Avtalet kan inte upphöra innan det börjar.</translation>
    </message>
    <message>
        <source>Write the goals of the support.</source>
        <translation>Skriv målen för stödet.</translation>
    </message>
    <message>
        <source>Enter the duration: the start and the end of the agreement.</source>
        <translation>Skriv giltighetstiden: avtalets början och slut.</translation>
    </message>
    <message>
        <source>Describe the need for support.</source>
        <translation>Beskriv stödbehovet.</translation>
    </message>
    <message>
        <source>Write how often the child meets the support family or person.</source>
        <translation>Skriv hur ofta barnet träffar stödfamiljen eller stödpersonen.</translation>
    </message>
    <message>
        <source>Name the child&apos;s guardians as parties.</source>
        <translation>Ange barnets vårdnadshavare som parter.</translation>
    </message>
    <message>
        <source>Name the support family&apos;s adults or the support person as parties.</source>
        <translation>Ange stödfamiljens vuxna eller stödpersonen som parter.</translation>
    </message>
    <message>
        <source>Name the social services unit and its worker as a party.</source>
        <translation>Ange socialvårdens enhet och dess arbetstagare som part.</translation>
    </message>
    <message>
        <source>Name the child.</source>
        <translation>Ange barnet.</translation>
    </message>
</context>
<context>
    <name>AppealInstructions</name>
    <message>
        <source>[the board named in the settings]</source>
        <translation>[det organ som anges i inställningarna]</translation>
    </message>
    <message>
        <source>Each guardian may make the request on their own, and so may %1, who is %2 or older.</source>
        <translation>Begäran kan framställas av varje vårdnadshavare för sig och av %1, som har fyllt %2 år.</translation>
    </message>
    <message>
        <source>Each guardian may make the request on their own.</source>
        <translation>Begäran kan framställas av varje vårdnadshavare för sig.</translation>
    </message>
    <message>
        <source>[the registry named in the settings]</source>
        <translation>[det registratorskontor som anges i inställningarna]</translation>
    </message>
    <message>
        <source>[the registry&apos;s opening hours]</source>
        <translation>[registratorskontorets öppettider]</translation>
    </message>
    <message>
        <source>Request for review. If you are not satisfied with the decision, you may ask for it to be reviewed. The request is made in writing to the authority: %1. Deliver it to the registry: %2 (open %3).</source>
        <translation>Anvisning om begäran om omprövning. Om du är missnöjd med beslutet kan du begära omprövning. Begäran görs skriftligen till myndigheten: %1. Den lämnas till registratorskontoret: %2 (öppet %3).</translation>
    </message>
    <message>
        <source>The request must be made within 30 days of receiving notification of the decision; the day of receipt is not counted. A decision sent by ordinary letter counts as received on the seventh day after it was sent, one sent electronically on the third day, one handed over in person on that day and one served against a receipt on the day written on the receipt. If the last day is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working day after it. The request must reach the registry by the end of its opening hours on the last day; it is sent at the sender&apos;s own risk. Your own last day is on your copy of the decision.</source>
        <translation>Begäran om omprövning ska göras inom 30 dagar från delfåendet av beslutet; delfåendedagen räknas inte in i tiden. Mottagaren av ett beslut som sänts som vanligt brev anses ha fått del av beslutet den sjunde dagen efter att det sändes, av ett elektroniskt sänt beslut den tredje dagen, av ett personligen överlämnat beslut samma dag och av ett beslut som delgetts mot mottagningsbevis den dag som anges i beviset. Om den sista dagen är en helgdag, självständighetsdagen, första maj, julafton, midsommarafton eller en lördag får begäran göras den första vardagen därefter. Begäran ska ha kommit in till registratorskontoret senast den sista dagen innan kontoret stänger; den sänds på avsändarens eget ansvar. Din egen sista dag står på ditt exemplar av beslutet.</translation>
    </message>
    <message>
        <source>The request must state the decision it concerns, what change is requested and on what grounds, and the name and contact details of the person making it (a representative gives their own as well). The request costs nothing. %1</source>
        <translation>Av begäran ska framgå vilket beslut den gäller, vilken ändring som yrkas och på vilka grunder samt namn och kontaktuppgifter för den som framställer den (en företrädare anger även sina egna). Begäran om omprövning är avgiftsfri. %1</translation>
    </message>
    <message>
        <source>The appeal instructions need the board that hears requests for review, the address or e-mail of the registry where requests are delivered, and its opening hours: add them under Settings &gt; Organisation.</source>
        <translation>Anvisningen om begäran om omprövning behöver det organ som behandlar begäran om omprövning, adressen eller e-posten till det registratorskontor dit begäran lämnas och kontorets öppettider: lägg till dem under Inställningar &gt; Organisation.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Krypteringsbiblioteket kunde inte startas.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a password.</source>
        <translation>En krypterad säkerhetskopia behöver ett lösenord.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation>Minnet räcker inte för att härleda nyckeln.</translation>
    </message>
    <message>
        <source>The encrypted file %1 cannot be opened: the password is wrong or the file is damaged.</source>
        <translation>Den krypterade filen %1 kan inte öppnas: lösenordet är fel eller filen är skadad.</translation>
    </message>
    <message>
        <source>The file %1 is not an encrypted Tukipolku backup.</source>
        <translation>Filen %1 är ingen krypterad säkerhetskopia av Tukipolku.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The copy %1 did not pass the check: %2</source>
        <translation>Kopian %1 klarade inte kontrollen: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists: a backup never overwrites a file.</source>
        <translation>Filen %1 finns redan: en säkerhetskopia skriver aldrig över en fil.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Mappen för säkerhetskopior %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>The file %1 already exists: a restore never overwrites a file. Choose a new name.</source>
        <translation>Filen %1 finns redan: en återställning skriver aldrig över en fil. Välj ett nytt namn.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>Säkerhetskopian %1 kunde inte kopieras till %2.</translation>
    </message>
    <message>
        <source>The restored file could not be moved to %1.</source>
        <translation>Den återställda filen kunde inte flyttas till %1.</translation>
    </message>
    <message>
        <source>%1 is on a removable disk, which can be lost: a backup there is always encrypted. Give it a password, or choose a folder on this computer or on the network share.</source>
        <translation>%1 finns på en flyttbar disk som kan komma bort: en säkerhetskopia där krypteras alltid. Ge den ett lösenord eller välj en mapp på den här datorn eller på nätverksenheten.</translation>
    </message>
    <message>
        <source>The copy %1 could not be checked: %2</source>
        <translation>Kopian %1 kunde inte kontrolleras: %2</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not found. It may have been archived; reopen the family.</source>
        <translation>Klientrelationen hittades inte. Den kan ha arkiverats; öppna familjen på nytt.</translation>
    </message>
    <message>
        <source>Choose the family and the child the case concerns.</source>
        <translation>Välj den familj och det barn som klientrelationen gäller.</translation>
    </message>
    <message>
        <source>The notification was not found on this case. Open the case again.</source>
        <translation>Anmälan hittades inte i denna klientrelation. Öppna klientrelationen på nytt.</translation>
    </message>
    <message>
        <source>A child welfare client always has a client plan (LSL 30 §): &quot;no plan&quot; is for a client of social welfare only.</source>
        <translation>En klient inom barnskyddet har alltid en klientplan (BSL 30 §): ”ingen plan” gäller endast en klient inom socialvården.</translation>
    </message>
    <message>
        <source>A child welfare client always has a responsible social worker (LSL 13 b §): name another one instead.</source>
        <translation>En klient inom barnskyddet har alltid en ansvarig socialarbetare (BSL 13 b §): utse en annan i stället.</translation>
    </message>
    <message>
        <source>The responsible social worker was not found. Choose the worker again.</source>
        <translation>Den ansvariga socialarbetaren hittades inte. Välj arbetstagaren på nytt.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is running: end it.</source>
        <translation>Åtgärden ”%1” pågår: avsluta den.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is planned: end it or mark it refused.</source>
        <translation>Åtgärden ”%1” är planerad: avsluta den eller markera den som avslagen.</translation>
    </message>
    <message>
        <source>Decision %1 is in force until %2: issue the decision that ends the measure.</source>
        <translation>Beslut %1 gäller till %2: fatta beslutet om att avsluta åtgärden.</translation>
    </message>
    <message numerus="yes">
        <source>Decision %1 is not yet sent to %n recipient(s).</source>
        <translation>
            <numerusform>Beslut %1 har ännu inte skickats till %n mottagare.</numerusform>
            <numerusform>Beslut %1 har ännu inte skickats till %n mottagare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed agreement on &quot;%1&quot; runs until %2: end it.</source>
        <translation>Det undertecknade avtalet om ”%1” gäller till %2: avsluta det.</translation>
    </message>
    <message>
        <source>The signed agreement on &quot;%1&quot; has no end: end it.</source>
        <translation>Det undertecknade avtalet om ”%1” har inget slut: avsluta det.</translation>
    </message>
    <message>
        <source>The case cannot be closed yet. First:
%1</source>
        <translation>Klientrelationen kan inte avslutas ännu. Först:
%1</translation>
    </message>
</context>
<context>
    <name>CaseRules</name>
    <message>
        <source>Enter the date and time the contact or notification was received.</source>
        <translation>Skriv datum och klockslag då kontakten eller anmälan togs emot.</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>Tidpunkten för mottagandet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>Choose which authority made the contact.</source>
        <translation>Välj vilken myndighet som tog kontakt.</translation>
    </message>
    <message>
        <source>Choose who made the child welfare notification: a professional obliged to notify or a private person.</source>
        <translation>Välj vem som gjorde barnskyddsanmälan: en yrkesperson med anmälningsplikt eller en privatperson.</translation>
    </message>
    <message>
        <source>Enter when the urgency of the child&apos;s need was assessed.</source>
        <translation>Skriv när det bedömdes om barnets behov av barnskydd är brådskande.</translation>
    </message>
    <message>
        <source>The urgency cannot have been assessed before the contact was received.</source>
        <translation>Brådskan kan inte ha bedömts innan kontakten togs emot.</translation>
    </message>
    <message>
        <source>Record both the date of the decision and whether the service need assessment starts.</source>
        <translation>Anteckna både datumet för beslutet och om bedömningen av servicebehovet inleds.</translation>
    </message>
    <message>
        <source>The decision on the assessment cannot be dated before the contact was received.</source>
        <translation>Beslutet om bedömningen kan inte dateras före den dag då kontakten togs emot.</translation>
    </message>
    <message>
        <source>The decision on the assessment cannot be dated in the future.</source>
        <translation>Beslutet om bedömningen kan inte ha ett datum i framtiden.</translation>
    </message>
    <message>
        <source>Write why no service need assessment is made.</source>
        <translation>Skriv varför ingen bedömning av servicebehovet görs.</translation>
    </message>
    <message>
        <source>The child and guardian cannot have been informed before the contact was received.</source>
        <translation>Barnet och vårdnadshavaren kan inte ha informerats innan kontakten togs emot.</translation>
    </message>
    <message>
        <source>It was decided that no service need assessment is made. Change that decision first.</source>
        <translation>Det har beslutats att ingen bedömning av servicebehovet görs. Ändra först det beslutet.</translation>
    </message>
    <message>
        <source>Enter the date the assessment started.</source>
        <translation>Skriv datumet då bedömningen inleddes.</translation>
    </message>
    <message>
        <source>The assessment cannot start before the contact was received (%1).</source>
        <translation>Bedömningen kan inte inledas innan kontakten togs emot (%1).</translation>
    </message>
    <message>
        <source>The assessment cannot be completed before it started.</source>
        <translation>Bedömningen kan inte ha slutförts innan den inleddes.</translation>
    </message>
    <message>
        <source>The completion date cannot be in the future.</source>
        <translation>Datumet då bedömningen slutfördes kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>Record whether the need for support is temporary, recurring or long-term.</source>
        <translation>Anteckna om stödbehovet är tillfälligt, återkommande eller långvarigt.</translation>
    </message>
    <message>
        <source>Choose the own worker, or untick that one is needed.</source>
        <translation>Välj egen kontaktperson eller avmarkera att en sådan behövs.</translation>
    </message>
    <message>
        <source>Name the responsible social worker: with a child welfare need the child becomes a client of child welfare.</source>
        <translation>Utse den socialarbetare som ansvarar för barnets angelägenheter: när det finns behov av barnskydd blir barnet klient inom barnskyddet.</translation>
    </message>
    <message>
        <source>Enter the date the client plan was made.</source>
        <translation>Skriv datumet då klientplanen utarbetades.</translation>
    </message>
    <message>
        <source>The plan cannot be dated before the case started.</source>
        <translation>Planen kan inte dateras före klientrelationens början.</translation>
    </message>
    <message>
        <source>Record who took part in making the plan.</source>
        <translation>Anteckna vilka som deltog i utarbetandet av planen.</translation>
    </message>
    <message>
        <source>Write at least one goal for the plan.</source>
        <translation>Skriv minst ett mål för planen.</translation>
    </message>
    <message>
        <source>Every goal needs a text; remove empty goals.</source>
        <translation>Varje mål behöver en text; ta bort tomma mål.</translation>
    </message>
    <message>
        <source>The next review must be after the plan and at most a year later (LSL 30 §): at the latest on %1.</source>
        <translation>Nästa översyn ska vara efter planens datum och högst ett år därefter (BSL 30 §): senast den %1.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Klientrelationen har redan avslutats.</translation>
    </message>
    <message>
        <source>Enter a closing date between the start of the case and today.</source>
        <translation>Skriv ett datum för avslutandet mellan klientrelationens början och i dag.</translation>
    </message>
    <message>
        <source>Write why the case is closed.</source>
        <translation>Skriv varför klientrelationen avslutas.</translation>
    </message>
    <message>
        <source>The child is already a client of child welfare.</source>
        <translation>Barnet är redan klient inom barnskyddet.</translation>
    </message>
    <message>
        <source>Enter the date of the urgent measures, between the start of the case and today.</source>
        <translation>Skriv datumet för de brådskande åtgärderna, mellan klientrelationens början och i dag.</translation>
    </message>
    <message>
        <source>Name the responsible social worker for the child.</source>
        <translation>Utse den socialarbetare som ansvarar för barnets angelägenheter.</translation>
    </message>
    <message>
        <source>Only a notification received on an open case can be taken into the ongoing work.</source>
        <translation>Endast en anmälan som kommit in i en öppen klientrelation kan tas in i det pågående arbetet.</translation>
    </message>
    <message>
        <source>A notification taken into the ongoing work starts no new assessment.</source>
        <translation>En anmälan som tagits in i det pågående arbetet startar ingen ny bedömning.</translation>
    </message>
    <message>
        <source>The case already has its service need assessment. Take the notification into the ongoing work, or write why nothing more is done.</source>
        <translation>Klientrelationen har redan sin bedömning av servicebehovet. Ta in anmälan i det pågående arbetet, eller skriv varför inget mer görs.</translation>
    </message>
    <message>
        <source>The notifier&apos;s e-mail address &quot;%1&quot; is not an e-mail address.</source>
        <translation>Anmälarens e-postadress ”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>Only a private person may notify anonymously; a professional gives their name.</source>
        <translation>Endast en privatperson får anmäla anonymt; en yrkesperson uppger sitt namn.</translation>
    </message>
    <message>
        <source>The notifier wished to stay anonymous: leave the name empty.</source>
        <translation>Anmälaren ville vara anonym: lämna namnet tomt.</translation>
    </message>
    <message>
        <source>Enter the day the report to the police was made.</source>
        <translation>Ange dagen då anmälan till polisen gjordes.</translation>
    </message>
    <message>
        <source>The report to the police cannot be dated in the future.</source>
        <translation>Anmälan till polisen kan inte dateras i framtiden.</translation>
    </message>
    <message>
        <source>Write why no report was made to the police.</source>
        <translation>Skriv varför ingen anmälan gjordes till polisen.</translation>
    </message>
    <message>
        <source>The notification received on %1 has no decision yet. Decide on it before the case is closed.</source>
        <translation>Anmälan som kom in %1 har inget beslut ännu. Besluta om den innan klientrelationen avslutas.</translation>
    </message>
    <message>
        <source>The case cannot close before the notification received on %1.</source>
        <translation>Klientrelationen kan inte avslutas före anmälan som kom in %1.</translation>
    </message>
    <message>
        <source>Case %1 is closed. A new notification about the child opens a new case.</source>
        <translation>Klientrelationen %1 är avslutad. En ny anmälan om barnet öppnar en ny klientrelation.</translation>
    </message>
    <message>
        <source>The case was opened already; this notification is a later one.</source>
        <translation>Klientrelationen är redan öppnad; denna anmälan är en senare.</translation>
    </message>
    <message>
        <source>A notification on this case cannot be received before the case began (%1).</source>
        <translation>En anmälan i denna klientrelation kan inte ha kommit in före dess början (%1).</translation>
    </message>
    <message>
        <source>%1 is not recorded as a licensed social worker. The responsible social worker of a child welfare client must be one (LSL 13 b §): choose another worker, or record the licence in Settings ▸ Workers.</source>
        <translation>%1 är inte antecknad som legitimerad socialarbetare. Den ansvariga socialarbetaren för en klient inom barnskyddet ska vara legitimerad (BSL 13 b §): välj en annan arbetstagare, eller anteckna legitimationen under Inställningar ▸ Arbetstagare.</translation>
    </message>
    <message>
        <source>With this child %1 would have %2 child welfare children; the limit is %3 (LSL 13 b §). Choose another worker, or confirm that %1 is named anyway.</source>
        <translation>Med detta barn skulle %1 ha %2 barn inom barnskyddet; gränsen är %3 (BSL 13 b §). Välj en annan arbetstagare, eller bekräfta att %1 utses ändå.</translation>
    </message>
</context>
<context>
    <name>ClientLogReport</name>
    <message>
        <source>Opened the case</source>
        <translation>Öppnade klientrelationen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Sparade som PDF</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>klientrelation %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ändrade: %1</translation>
    </message>
    <message>
        <source>case %1: %2 → %3</source>
        <translation>klientrelation %1: %2 → %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Närmare uppgift</translation>
    </message>
    <message>
        <source>What is logged about %1, %2–%3</source>
        <translation>Vad som har loggats om %1, %2–%3</translation>
    </message>
    <message>
        <source>Nothing is logged in this period.</source>
        <translation>Inget har loggats under denna period.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the database FILE (created when it does not exist).</source>
        <translation>Öppna databasen FIL (skapas om den inte finns).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Use the language LANG: fi, sv or en.</source>
        <translation>Använd språket SPRÅK: fi, sv eller en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRÅK</translation>
    </message>
    <message>
        <source>Check the database read-only, print the result and exit: 0 when healthy, 1 when not.</source>
        <translation>Kontrollera databasen skrivskyddat, skriv ut resultatet och avsluta: 0 när databasen är i skick, 1 när den inte är det.</translation>
    </message>
    <message>
        <source>Start, open the database, show the main window and exit 0 once it has been painted (for installation checks).</source>
        <translation>Starta, öppna databasen, visa huvudfönstret och avsluta med 0 när fönstret har ritats (för kontroll av installationen).</translation>
    </message>
    <message>
        <source>Tukipolku: case work for family social work and child welfare open care.</source>
        <translation>Tukipolku: klientarbete inom socialt arbete för barnfamiljer och barnskyddets öppenvård.</translation>
    </message>
    <message>
        <source>Unknown language %1: use fi, sv or en.</source>
        <translation>Okänt språk %1: använd fi, sv eller en.</translation>
    </message>
    <message>
        <source>The database %1 has problems:</source>
        <translation>Databasen %1 har problem:</translation>
    </message>
    <message>
        <source>The database %1 is healthy (schema version %2; this program uses %3).</source>
        <translation>Databasen %1 är i skick (strukturversion %2; detta program använder %3).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>Fill a new, empty database with N fictional demo families and exit.</source>
        <translation>Fyll en ny, tom databas med N fiktiva demofamiljer och avsluta.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed for --demo: the same seed gives the same families (default 1).</source>
        <translation>Fröet för --demo: samma frö ger samma familjer (standard 1).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>FRÖ</translation>
    </message>
    <message>
        <source>Give the number of demo families as a positive number, e.g. --demo 1000.</source>
        <translation>Ange antalet demofamiljer som ett positivt tal, t.ex. --demo 1000.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional families into %2 in %3 s.</source>
        <translation>Skrev %1 fiktiva familjer i %2 på %3 s.</translation>
    </message>
    <message>
        <source>Import support families, support persons and family workers from FILE.csv into the database and exit: the good rows are imported, the rejected ones printed (exit 1 when any).</source>
        <translation>Importera stödfamiljer, stödpersoner och familjearbetare från FIL.csv till databasen och avsluta: de godtagbara raderna importeras och de avvisade skrivs ut (avslutar med 1 om det finns sådana).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>%1 providers added, %2 already in the registry, %3 rows rejected.</source>
        <translation>Utförare tillagda: %1, redan i registret: %2, avvisade rader: %3.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.pdf.</source>
        <translation>Ange filen som ska skrivas med --output FIL.pdf.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 har skrivits.</translation>
    </message>
    <message>
        <source>There is no decision, agreement, client plan or initiation with the id %1.</source>
        <translation>Det finns inget beslut, avtal, ingen klientplan och inget anhängiggörande med id %1.</translation>
    </message>
    <message>
        <source>The file --export-pdf or --report writes.</source>
        <translation>Filen som --export-pdf eller --report skriver.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv.</source>
        <translation>Ange filen som ska skrivas med --output FIL.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n open deadline(s) to %1.</source>
        <translation>
            <numerusform>%n öppen tidsfrist har skrivits till %1.</numerusform>
            <numerusform>%n öppna tidsfrister har skrivits till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month of --report compensation, e.g. 2026-03.</source>
        <translation>Månaden för --report compensation, t.ex. 2026-03.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>ÅÅÅÅ-MM</translation>
    </message>
    <message>
        <source>Give the month of the report as --month YYYY-MM, e.g. --month 2026-03.</source>
        <translation>Ange rapportens månad som --month ÅÅÅÅ-MM, t.ex. --month 2026-03.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the compensation of %n provider(s) to %1.</source>
        <translation>
            <numerusform>Ersättningarna för %n utförare har skrivits till %1.</numerusform>
            <numerusform>Ersättningarna för %n utförare har skrivits till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report NAME as CSV (--output FILE.csv) and exit. deadlines: every open statutory deadline of the unit today; compensation: the providers&apos; pay for --month; thl-deadlines: THL&apos;s deadline statistics for --period; yearly: children in support measures and notifications in --year.</source>
        <translation>Skriv rapporten NAMN som CSV (--output FIL.csv) och avsluta. deadlines: enhetens alla lagstadgade tidsfrister som är öppna i dag; compensation: utförarnas ersättningar för --month; thl-deadlines: THL:s statistik över tidsfrister för halvåret --period; yearly: barn i stödåtgärder och anmälningar under --year.</translation>
    </message>
    <message>
        <source>The half-year of --report thl-deadlines: 2026H1 is 1.10.2025–31.3.2026, 2026H2 1.4.–30.9.2026.</source>
        <translation>Halvåret för --report thl-deadlines: 2026H1 är 1.10.2025–31.3.2026, 2026H2 1.4.–30.9.2026.</translation>
    </message>
    <message>
        <source>YYYYH1|YYYYH2</source>
        <translation>ÅÅÅÅH1|ÅÅÅÅH2</translation>
    </message>
    <message>
        <source>The year of --report yearly, e.g. 2026.</source>
        <translation>Året för --report yearly, t.ex. 2026.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>ÅÅÅÅ</translation>
    </message>
    <message>
        <source>There is no report %1. The reports are: deadlines, compensation, thl-deadlines, yearly.</source>
        <translation>Rapporten %1 finns inte. Rapporterna är: deadlines, compensation, thl-deadlines, yearly.</translation>
    </message>
    <message>
        <source>Give the half-year as --period 2026H1 (1.10.2025–31.3.2026) or --period 2026H2 (1.4.–30.9.2026).</source>
        <translation>Ange halvåret som --period 2026H1 (1.10.2025–31.3.2026) eller --period 2026H2 (1.4.–30.9.2026).</translation>
    </message>
    <message>
        <source>Give the year as --year 2026.</source>
        <translation>Ange året som --year 2026.</translation>
    </message>
    <message>
        <source>Wrote the deadline statistics to %1.</source>
        <translation>Statistiken över tidsfrister har skrivits till %1.</translation>
    </message>
    <message>
        <source>Wrote the yearly statistics to %1.</source>
        <translation>Årsstatistiken har skrivits till %1.</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to OUT and exit; encrypted with the password in --password-file when given.</source>
        <translation>Skriv en kontrollerad säkerhetskopia av databasen till MÅL och avsluta; krypterad med lösenordet i --password-file om det anges.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>MÅL</translation>
    </message>
    <message>
        <source>Restore the backup IN (plain or encrypted) into the new file --output NEWFILE, checked before use, and exit. Nothing is overwritten.</source>
        <translation>Återställ säkerhetskopian KÄLLA (krypterad eller okrypterad) till den nya filen --output NY, kontrollera den och avsluta. Inget skrivs över.</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>KÄLLA</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Lösenordsfilen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Lösenordsfilen %1 är tom.</translation>
    </message>
    <message>
        <source>Give the new file to restore into with --output NEWFILE.sqlite.</source>
        <translation>Ange den nya filen att återställa till med --output NY.sqlite.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; it passed the check.</source>
        <translation>%1 har återställts till %2; den klarade kontrollen.</translation>
    </message>
    <message>
        <source>Wrote the backup %1; it passed the check.</source>
        <translation>Säkerhetskopian %1 har skrivits; den klarade kontrollen.</translation>
    </message>
    <message>
        <source>The file whose first line is the password of --backup, --restore, --export-families or --import.</source>
        <translation>Filen vars första rad är lösenordet för --backup, --restore, --export-families eller --import.</translation>
    </message>
    <message>
        <source>Write the families ID,ID… (all their records) into the encrypted field copy --output FILE with the password in --password-file, and exit.</source>
        <translation>Skriv familjerna ID,ID… (alla deras uppgifter) i den krypterade fältkopian --output FIL med lösenordet i --password-file och avsluta.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID:N</translation>
    </message>
    <message>
        <source>Merge the field copy FILE into the database and exit: records changed on one side are taken; records changed on both sides are printed and left for a person (exit 2).</source>
        <translation>Sammanför fältkopian FIL med databasen och avsluta: uppgifter som ändrats på den ena sidan tas in; uppgifter som ändrats på båda sidorna skrivs ut och lämnas åt en person (returkod 2).</translation>
    </message>
    <message>
        <source>The password of an encrypted file must have at least 8 characters.</source>
        <translation>Lösenordet till en krypterad fil måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>Let --export-pdf and --report replace an existing file --output. A database, a backup or a field copy is never replaced.</source>
        <translation>Låt --export-pdf och --report ersätta en befintlig fil --output. En databas, en säkerhetskopia eller en fältkopia ersätts aldrig.</translation>
    </message>
    <message>
        <source>Write the document of the decision, agreement, client plan or initiation ID (its contact form), or the copy of the decision recipient ID, as a PDF file (--output) without opening a window, in the client&apos;s language or --lang. The ID %1 writes the blank contact form.</source>
        <translation>Skriver dokumentet för beslutet, avtalet, klientplanen eller anhängiggörandet ID (dess kontaktblankett), eller exemplaret för beslutsmottagaren ID, som en PDF-fil (--output) utan att öppna ett fönster, på klientens språk eller det språk --lang anger. ID:t %1 skriver den tomma kontaktblanketten.</translation>
    </message>
</context>
<context>
    <name>CompensationCalculator</name>
    <message>
        <source>No support person compensation rate is valid on %1, so the meeting of that day is not paid. Add a rate that covers the day in the settings.</source>
        <translation>Ingen ersättningstaxa för stödpersoner gäller %1, så träffen den dagen ersätts inte. Lägg i inställningarna till en taxa som täcker dagen.</translation>
    </message>
    <message>
        <source>No support family compensation rate is valid on %1, so nothing is paid for that day. Add a rate that covers the day in the settings.</source>
        <translation>Ingen ersättningstaxa för stödfamiljer gäller %1, så ingenting betalas för den dagen. Lägg i inställningarna till en taxa som täcker dagen.</translation>
    </message>
    <message>
        <source>No support person compensation rate is valid for %1, so the monthly amount is not paid for that time. Add a rate that covers it in the settings.</source>
        <translation>Ingen ersättningstaxa för stödpersoner gäller för %1, så månadsbeloppet betalas inte för den tiden. Lägg i inställningarna till en taxa som täcker tiden.</translation>
    </message>
    <message>
        <source>No support family compensation rate is valid for %1, so the monthly amount is not paid for that time. Add a rate that covers it in the settings.</source>
        <translation>Ingen ersättningstaxa för stödfamiljer gäller för %1, så månadsbeloppet betalas inte för den tiden. Lägg i inställningarna till en taxa som täcker tiden.</translation>
    </message>
    <message>
        <source>The support person compensation rate valid from %1 has an amount counted per day of care, which is not paid: a support person is paid per meeting or per month. Correct the rate in the settings.</source>
        <translation>Ersättningstaxan för stödpersoner som gäller från %1 har ett belopp per vårddygn, som inte betalas: en stödperson får ersättning per träff eller per månad. Rätta taxan i inställningarna.</translation>
    </message>
    <message>
        <source>The support family compensation rate valid from %1 has an amount counted per meeting, which is not paid: a support family is paid per day of care or per month. Correct the rate in the settings.</source>
        <translation>Ersättningstaxan för stödfamiljer som gäller från %1 har ett belopp per träff, som inte betalas: en stödfamilj får ersättning per vårddygn eller per månad. Rätta taxan i inställningarna.</translation>
    </message>
    <message>
        <source>A stay without a first or last day is not paid. Enter both dates of the stay.</source>
        <translation>En vistelse utan första eller sista dag ersätts inte. Skriv båda datumen för vistelsen.</translation>
    </message>
    <message>
        <source>The stay from %1 to %2 ends before it starts, so it is not paid. Correct its dates.</source>
        <translation>Vistelsen från %1 till %2 slutar innan den börjar, så den ersätts inte. Rätta datumen.</translation>
    </message>
    <message>
        <source>A meeting without a date is not paid. Enter the date of the meeting.</source>
        <translation>En träff utan datum ersätts inte. Skriv datumet för träffen.</translation>
    </message>
</context>
<context>
    <name>CompensationReport</name>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Vårddygn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Arvode (€)</translation>
    </message>
    <message>
        <source>Expense allowance (€)</source>
        <translation>Kostnadsersättning (€)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Mileage (€)</source>
        <translation>Kilometerersättning (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Totalt (€)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Compensation of providers, %1</source>
        <translation>Utförarnas arvoden och ersättningar, %1</translation>
    </message>
    <message>
        <source>To check before paying</source>
        <translation>Att kontrollera före betalning</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The database %1 is already open in another Tukipolku window or on another workstation. Close it there first; nothing was changed.</source>
        <translation>Databasen %1 är redan öppen i ett annat Tukipolku-fönster eller på en annan arbetsstation. Stäng den där först; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Tukipolku database. It was left as it is. Choose another file or create a new database.</source>
        <translation>Filen %1 är tom och är alltså ingen Tukipolku-databas. Filen lämnades orörd. Välj en annan fil eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>The file %1 is not a Tukipolku database. It was left as it is. Choose another file or create a new database.</source>
        <translation>Filen %1 är ingen Tukipolku-databas. Filen lämnades orörd. Välj en annan fil eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Tukipolku. It was left as it is.</source>
        <translation>Filen %1 är en databas för ett annat program, inte för Tukipolku. Filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Tukipolku. Install the newer version to open it; the file was left as it is.</source>
        <translation>Databasen %1 har sparats med en nyare version av Tukipolku. Installera den nyare versionen för att öppna den; filen lämnades orörd.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened safely. It was left as it is. Restore it from a backup or ask your IT support for help.</source>
        <translation>Databasen %1 är skadad och kan inte öppnas på ett säkert sätt. Filen lämnades orörd. Återställ den från en säkerhetskopia eller be IT-stödet om hjälp.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so your work could not be saved. Ask your IT support for write access or copy the file to a folder of yours.</source>
        <translation>Databasen %1 är skrivskyddad, så ditt arbete kunde inte sparas. Be IT-stödet om skrivrättighet eller kopiera filen till en egen mapp.</translation>
    </message>
    <message>
        <source>The folder of %1 does not allow new files, which the database needs. Choose a folder where you may save files.</source>
        <translation>I mappen för %1 kan inga nya filer skapas, vilket databasen behöver. Välj en mapp där du får spara filer.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunde inte öppnas.</translation>
    </message>
    <message>
        <source>Updating the database %1 to this version of Tukipolku failed. The update was undone and the file is as it was.</source>
        <translation>Uppdateringen av databasen %1 till denna version av Tukipolku misslyckades. Uppdateringen ångrades och filen är som den var.</translation>
    </message>
    <message>
        <source>The safety copy of %1 could not be written before updating it, so it was not updated. Check that the disk has free space.</source>
        <translation>Säkerhetskopian av %1 kunde inte skrivas före uppdateringen, så filen uppdaterades inte. Kontrollera att det finns ledigt utrymme på disken.</translation>
    </message>
    <message>
        <source>Saving to the database %1 failed, so the last change was not saved. Check that the disk has free space, then try again.</source>
        <translation>Det gick inte att spara i databasen %1, så den senaste ändringen sparades inte. Kontrollera att det finns ledigt utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Detaljer: %1)</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder, a named pipe or a device. Choose the database file itself.</source>
        <translation>%1 är ingen databasfil utan en mapp, ett namngivet rör eller en enhet. Välj själva databasfilen.</translation>
    </message>
    <message>
        <source>The database %1 has more than one name (hard links), so a second program could open it under another name at the same time and changes could be lost. Copy it to a file of its own and open the copy.</source>
        <translation>Databasen %1 har mer än ett namn (hårda länkar), så ett annat program kunde öppna den samtidigt under ett annat namn och ändringar kunde gå förlorade. Kopiera den till en egen fil och öppna kopian.</translation>
    </message>
    <message>
        <source>The database %1 is open on the workstation %2. Close it there first; nothing was changed. If %2 is switched off or has crashed, delete the file %3 and open the database again.</source>
        <translation>Databasen %1 är öppen på arbetsstationen %2. Stäng den där först; ingenting ändrades. Om %2 är avstängd eller har kraschat, radera filen %3 och öppna databasen igen.</translation>
    </message>
    <message>
        <source>The database %1 could not be read, so nothing was shown or written from it. It may be damaged: check it (tukipolku --check) and, if it is, restore it from a backup (Settings ▸ Backups).</source>
        <translation>Databasen %1 kunde inte läsas, så ingenting visades eller skrevs ut ur den. Den kan vara skadad: kontrollera den (tukipolku --check) och återställ den vid behov från en säkerhetskopia (Inställningar ▸ Säkerhetskopior).</translation>
    </message>
    <message>
        <source>The change was not saved: it conflicts with what is already in the database %1 (a value that must be unique is taken, or a record it refers to is missing). Check the form and try again.</source>
        <translation>Ändringen sparades inte: den strider mot det som redan finns i databasen %1 (ett värde som ska vara unikt används redan, eller en post som den hänvisar till saknas). Kontrollera formuläret och försök igen.</translation>
    </message>
    <message>
        <source>The disk of the database %1 is full, so the change was not saved. Free some space, then try again.</source>
        <translation>Disken för databasen %1 är full, så ändringen sparades inte. Frigör utrymme och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database %1 was busy with another program&apos;s change, so this change was not saved. Try again in a moment.</source>
        <translation>Databasen %1 var upptagen av ett annat programs ändring, så den här ändringen sparades inte. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so the change was not saved. Restore it from a backup (Settings ▸ Backups).</source>
        <translation>Databasen %1 är skadad, så ändringen sparades inte. Återställ den från en säkerhetskopia (Inställningar ▸ Säkerhetskopior).</translation>
    </message>
    <message>
        <source>The disk could not write to the database %1, so the change was not saved. Check the disk or the network connection, then try again.</source>
        <translation>Disken kunde inte skriva till databasen %1, så ändringen sparades inte. Kontrollera disken eller nätverksanslutningen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its check failed. Tukipolku no longer writes to it, so that nothing more is lost. Restore it from a backup (Settings ▸ Backups) or ask your IT support for help.</source>
        <translation>Databasen %1 är skadad: kontrollen av den misslyckades. Tukipolku skriver inte längre till den, så att ingenting mer går förlorat. Återställ den från en säkerhetskopia (Inställningar ▸ Säkerhetskopior) eller be IT-stödet om hjälp.</translation>
    </message>
</context>
<context>
    <name>DatabaseIdentityRepository</name>
    <message>
        <source>This database&apos;s own id could not be read: %1</source>
        <translation>Den här databasens egen identitet kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineReport</name>
    <message>
        <source>Case id</source>
        <translation>Klientrelationens id</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Klientrelationens nummer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
</context>
<context>
    <name>DecisionDocuments</name>
    <message>
        <source>The decision&apos;s document could not be made.</source>
        <translation>Beslutets dokument kunde inte skapas.</translation>
    </message>
    <message>
        <source>Decision %1 was issued in %2: an issued decision is printed only as it was issued.</source>
        <translation>Beslut %1 meddelades på %2: ett meddelat beslut skrivs ut endast så som det meddelades.</translation>
    </message>
    <message>
        <source>The decision&apos;s document was not found.</source>
        <translation>Beslutets dokument hittades inte.</translation>
    </message>
    <message>
        <source>Record first how and when the decision is sent to %1: the copy shows their own last day for a request for review.</source>
        <translation>Anteckna först hur och när beslutet sänds till %1: exemplaret visar mottagarens egen sista dag för begäran om omprövning.</translation>
    </message>
</context>
<context>
    <name>DecisionRecipients</name>
    <message>
        <source>The recipient of the decision was not found.</source>
        <translation>Beslutets mottagare hittades inte.</translation>
    </message>
    <message>
        <source>The decision was not found.</source>
        <translation>Beslutet hittades inte.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>Decision %1 has been issued and is not changed. Make a correcting decision instead.</source>
        <translation>Beslut %1 har meddelats och ändras inte. Gör i stället ett rättelsebeslut.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdagen kan inte vara före startdagen.</translation>
    </message>
    <message>
        <source>The case of the decision was not found.</source>
        <translation>Beslutets klientrelation hittades inte.</translation>
    </message>
    <message>
        <source>The decision was not found.</source>
        <translation>Beslutet hittades inte.</translation>
    </message>
    <message>
        <source>Decision %1 has already been issued.</source>
        <translation>Beslut %1 har redan meddelats.</translation>
    </message>
    <message>
        <source>The decision cannot be issued yet: %1</source>
        <translation>Beslutet kan inte meddelas ännu: %1</translation>
    </message>
    <message>
        <source>Enter the date the decision is issued: today or an earlier day.</source>
        <translation>Skriv dagen då beslutet meddelas: i dag eller en tidigare dag.</translation>
    </message>
    <message>
        <source>The decision is dated %1, before its draft was made or more than %2 days back: write why.</source>
        <translation>Beslutet är daterat %1, före utkastet eller mer än %2 dagar tillbaka: skriv varför.</translation>
    </message>
    <message>
        <source>Record the child&apos;s guardians in the family: the decision is served on each of them.</source>
        <translation>Anteckna barnets vårdnadshavare i familjen: beslutet delges var och en av dem.</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Choose the service or measure the decision is about.</source>
        <translation>Välj den tjänst eller stödåtgärd som beslutet gäller.</translation>
    </message>
    <message>
        <source>Write the goal of the service.</source>
        <translation>Skriv målet för tjänsten.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Skriv startdagen.</translation>
    </message>
    <message>
        <source>Enter the end date: a decision is always fixed-term.</source>
        <translation>Skriv slutdagen: ett beslut är alltid tidsbestämt.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdagen kan inte vara före startdagen.</translation>
    </message>
    <message>
        <source>Name the provisions applied, e.g. LSL 36 §.</source>
        <translation>Ange de tillämpade bestämmelserna, t.ex. BSL 36 §.</translation>
    </message>
    <message>
        <source>Write the facts and the evidence the decision rests on.</source>
        <translation>Skriv de fakta och den utredning som beslutet grundar sig på.</translation>
    </message>
    <message>
        <source>Write the reasons: why this was decided.</source>
        <translation>Skriv motiveringen: varför detta beslutades.</translation>
    </message>
    <message>
        <source>Name the parties the decision directly concerns.</source>
        <translation>Ange de parter som beslutet direkt gäller.</translation>
    </message>
    <message>
        <source>Name the person who gives more information, with contact details.</source>
        <translation>Ange den person som ger mer information, med kontaktuppgifter.</translation>
    </message>
    <message>
        <source>An LSL decision needs child welfare client status.</source>
        <translation>Ett beslut enligt BSL förutsätter en klientrelation inom barnskyddet.</translation>
    </message>
    <message>
        <source>Enter the day the service ends.</source>
        <translation>Ange den dag då tjänsten upphör.</translation>
    </message>
    <message>
        <source>Enter the days of care a month the support family is granted.</source>
        <translation>Ange de vårddygn per månad som stödfamiljen beviljas.</translation>
    </message>
    <message>
        <source>Enter the meetings a month with the support person.</source>
        <translation>Ange antalet träffar per månad med stödpersonen.</translation>
    </message>
    <message>
        <source>Enter the hours of family work a week.</source>
        <translation>Ange familjearbetets timmar per vecka.</translation>
    </message>
    <message>
        <source>A change is made to a service granted by an issued decision: issue that decision first.</source>
        <translation>En ändring görs i en tjänst som beviljats genom ett meddelat beslut: meddela det beslutet först.</translation>
    </message>
    <message>
        <source>The change decision changes nothing that was granted: change the extent, the end date or the provider.</source>
        <translation>Ändringsbeslutet ändrar inget som beviljats: ändra omfattningen, slutdagen eller producenten.</translation>
    </message>
    <message>
        <source>Record the child&apos;s own opinion, or why it could not be found out (LSL 5 §, 20 §).</source>
        <translation>Anteckna barnets egen åsikt eller varför den inte kunde utredas (BSL 5 §, 20 §).</translation>
    </message>
    <message>
        <source>Write the child&apos;s opinion and how it was found out.</source>
        <translation>Skriv barnets åsikt och hur den utreddes.</translation>
    </message>
    <message>
        <source>Write why the child&apos;s opinion could not be found out.</source>
        <translation>Skriv varför barnets åsikt inte kunde utredas.</translation>
    </message>
    <message>
        <source>Record when and how %1 was heard, or why not (HL 34 §).</source>
        <translation>Anteckna när och hur %1 hördes, eller varför inte (FvL 34 §).</translation>
    </message>
    <message>
        <source>Name the ground of the correction: an error of fact or procedure (HL 50 §) or a clerical error (HL 51 §).</source>
        <translation>Välj grund för rättelsen: sakfel eller förfarandefel (FvL 50 §) eller skriv- eller räknefel (FvL 51 §).</translation>
    </message>
    <message>
        <source>A correction to a party&apos;s detriment needs their consent or a hearing (HL 50 § 2 mom): record it.</source>
        <translation>En rättelse till nackdel för en part kräver partens samtycke eller hörande (FvL 50 § 2 mom.): anteckna det.</translation>
    </message>
    <message>
        <source>Name the worker who makes the decision.</source>
        <translation>Ange den arbetstagare som fattar beslutet.</translation>
    </message>
    <message>
        <source>%1 has no authority to make decisions: name another decision maker, or give the authority in Settings, Workers.</source>
        <translation>%1 har ingen beslutanderätt: ange en annan beslutsfattare eller ge beslutanderätten under Inställningar, Arbetstagare.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>Only an issued decision is sent to the parties.</source>
        <translation>Endast ett meddelat beslut sänds till parterna.</translation>
    </message>
    <message>
        <source>Enter the day it was sent or handed over: on or after the day the decision was issued (%1), and not in the future.</source>
        <translation>Skriv dagen då beslutet sändes eller överlämnades: tidigast den dag beslutet meddelades (%1) och inte i framtiden.</translation>
    </message>
    <message>
        <source>The day it was received cannot be before it was sent, nor in the future.</source>
        <translation>Delfåendedagen kan inte vara före den dag beslutet sändes och inte heller i framtiden.</translation>
    </message>
    <message>
        <source>A decision handed over in person is received on the day it is handed over.</source>
        <translation>Ett personligen överlämnat beslut har delgetts den dag det överlämnas.</translation>
    </message>
    <message>
        <source>Record first how and when the decision was sent to %1.</source>
        <translation>Anteckna först hur och när beslutet sändes till %1.</translation>
    </message>
    <message>
        <source>Enter the day %1 received it: on or after the day it was sent (%2), and not in the future.</source>
        <translation>Skriv dagen då %1 fick del av beslutet: tidigast den dag det sändes (%2) och inte i framtiden.</translation>
    </message>
    <message>
        <source>Enter the day the request for review arrived: on or after the day the decision was sent (%1), and not in the future.</source>
        <translation>Skriv dagen då begäran om omprövning kom in: tidigast den dag beslutet sändes (%1) och inte i framtiden.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to every recipient (%n still to send).</source>
        <translation>
            <numerusform>Beslutet har ännu inte sänts till alla mottagare (%n kvar att sända).</numerusform>
            <numerusform>Beslutet har ännu inte sänts till alla mottagare (%n kvar att sända).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to everyone; a receipt is still awaited.</source>
        <translation>Sänt till alla; ett mottagningsbevis väntas ännu.</translation>
    </message>
    <message>
        <source>The time for a request for review runs until %1.</source>
        <translation>Tiden för begäran om omprövning löper ut %1.</translation>
    </message>
    <message>
        <source>A request for review has been made: the decision is not final.</source>
        <translation>Begäran om omprövning har gjorts: beslutet har inte vunnit laga kraft.</translation>
    </message>
    <message>
        <source>Final (lainvoimainen) from %1.</source>
        <translation>Har vunnit laga kraft %1.</translation>
    </message>
    <message>
        <source>%1 asked for review on %2, so the decision had reached them: a sending after that day is not recorded.</source>
        <translation>%1 begärde omprövning %2, så beslutet hade redan nått hen: en sändning efter den dagen antecknas inte.</translation>
    </message>
    <message>
        <source>No recipients were recorded when this decision was issued.</source>
        <translation>Inga mottagare antecknades när beslutet meddelades.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Give the number of demo families as a positive number.</source>
        <translation>Ange antalet demofamiljer som ett positivt tal.</translation>
    </message>
    <message>
        <source>The database %1 already holds families. Demo data is only written into a new, empty database.</source>
        <translation>Databasen %1 innehåller redan familjer. Demodata skrivs endast i en ny, tom databas.</translation>
    </message>
</context>
<context>
    <name>FamilyRepository</name>
    <message>
        <source>Enter a name for the family, usually the family name.</source>
        <translation>Skriv ett namn för familjen, vanligen efternamnet.</translation>
    </message>
</context>
<context>
    <name>FieldCopyCommands</name>
    <message>
        <source>    %1: here &quot;%2&quot;, in the field copy &quot;%3&quot;</source>
        <translation>    %1: här ”%2”, i fältkopian ”%3”</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.tpfield.</source>
        <translation>Ange filen som ska skrivas med --output FIL.tpfield.</translation>
    </message>
    <message>
        <source>A field copy is always encrypted: give the password with --password-file F.</source>
        <translation>En fältkopia är alltid krypterad: ange lösenordet med --password-file F.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>kommandoraden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the field copy %1 of %n family(ies).</source>
        <translation>
            <numerusform>Skrev fältkopian %1 med %n familj.</numerusform>
            <numerusform>Skrev fältkopian %1 med %n familjer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed in the field copy, %4 kept as changed here, %5 unchanged.</source>
        <translation>Importerade %1: %2 nya, %3 ändrade i fältkopian, %4 behållna som ändrade här, %5 oförändrade.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed both here and in the field copy; they were left as they are here. Import the file in the program (File ▸ Import a Field Copy) to choose which version to keep:</source>
        <translation>
            <numerusform>%n uppgift har ändrats både här och i fältkopian; den lämnades som den är här. Importera filen i programmet (Arkiv ▸ Importera en fältkopia) för att välja vilken version som behålls:</numerusform>
            <numerusform>%n uppgifter har ändrats både här och i fältkopian; de lämnades som de är här. Importera filen i programmet (Arkiv ▸ Importera en fältkopia) för att välja vilken version som behålls:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCopyExport</name>
    <message>
        <source>The field copy could not be written: %1</source>
        <translation>Fältkopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation>Det finns ingen familj med id %1.</translation>
    </message>
    <message>
        <source>field copy %1</source>
        <translation>fältkopia %1</translation>
    </message>
    <message>
        <source>Choose at least one family for the field copy.</source>
        <translation>Välj minst en familj för fältkopian.</translation>
    </message>
    <message>
        <source>The password of a field copy must have at least %1 characters.</source>
        <translation>Lösenordet till en fältkopia måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The file %1 already exists: a field copy never overwrites a file.</source>
        <translation>Filen %1 finns redan: en fältkopia skriver aldrig över en fil.</translation>
    </message>
</context>
<context>
    <name>FieldCopyImport</name>
    <message>
        <source>The field copy could not be imported; nothing was changed: %1</source>
        <translation>Fältkopian kunde inte importeras; ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Read a field copy before importing it.</source>
        <translation>Läs en fältkopia innan du importerar den.</translation>
    </message>
    <message>
        <source>The field copy could not be read: %1</source>
        <translation>Fältkopian kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a field copy: a field copy is always an encrypted file.</source>
        <translation>%1 är inte en fältkopia: en fältkopia är alltid en krypterad fil.</translation>
    </message>
    <message>
        <source>%1 is an encrypted backup, not a field copy: restore it from Settings ▸ Backups.</source>
        <translation>%1 är en krypterad säkerhetskopia, inte en fältkopia: återställ den under Inställningar ▸ Säkerhetskopior.</translation>
    </message>
    <message>
        <source>%1 (%2) was not taken: another record here already has it. Correct one of them and import again.</source>
        <translation>%1 (%2) togs inte in: en annan uppgift här har redan samma. Rätta den ena och importera på nytt.</translation>
    </message>
    <message>
        <source>%1 was not taken because the %2 it belongs to was not taken.</source>
        <translation>%1 togs inte in eftersom %2 som den hör till inte togs in.</translation>
    </message>
    <message>
        <source>%1 is not among the families and cases this field copy was made with, so it was not taken.</source>
        <translation>%1 hör inte till de familjer och klientrelationer som den här fältkopian gjordes av, så den togs inte in.</translation>
    </message>
</context>
<context>
    <name>FieldCopyScope</name>
    <message>
        <source>This database is a laptop&apos;s copy, and only the families its field copy brought can go back in a field copy. Record the others at the office.</source>
        <translation>Den här databasen är en bärbar dators kopia, och i en fältkopia kan bara de familjer som dess fältkopia förde med sig gå tillbaka. Registrera de andra på kontoret.</translation>
    </message>
    <message>
        <source>The field copy does not say which database it belongs to (it was made by an older version of Tukipolku). Nothing was imported: make a new field copy.</source>
        <translation>Det framgår inte av fältkopian vilken databas den hör till (den gjordes med en äldre version av Tukipolku). Ingenting importerades: gör en ny fältkopia.</translation>
    </message>
    <message>
        <source>The list of families and cases in the field copy has been changed after the copy was made. Nothing was imported.</source>
        <translation>Förteckningen över familjer och klientrelationer i fältkopian har ändrats efter att kopian gjordes. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The field copy was made from another database than the one this laptop&apos;s copy came from. Nothing was imported.</source>
        <translation>Fältkopian gjordes av en annan databas än den som den här bärbara datorns kopia kommer från. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The field copy was made from another database. A field copy can only come back into the database it was made from, or go to a laptop&apos;s database. Nothing was imported.</source>
        <translation>Fältkopian gjordes av en annan databas. En fältkopia kan bara komma tillbaka till den databas den gjordes av, eller gå till en bärbar dators databas. Ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familj</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familjemedlem</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientrelation</translation>
    </message>
    <message>
        <source>Initiation</source>
        <translation>Anhängiggörande</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Mål i planen</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Stödåtgärd</translation>
    </message>
    <message>
        <source>Support family stay</source>
        <translation>Vistelse i stödfamiljen</translation>
    </message>
    <message>
        <source>Support person meeting</source>
        <translation>Träff med stödpersonen</translation>
    </message>
    <message>
        <source>Family work visit</source>
        <translation>Besök inom familjearbetet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Decision notification</source>
        <translation>Delgivning av beslut</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Part i avtalet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>Measure catalogue entry</source>
        <translation>Post i förteckningen över stödåtgärder</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Ändringshistorik</translation>
    </message>
    <message>
        <source>Access log entry</source>
        <translation>Post i användningsloggen</translation>
    </message>
    <message>
        <source>Organisation setting</source>
        <translation>Organisationens inställning</translation>
    </message>
    <message>
        <source>Compensation rate</source>
        <translation>Ersättningstaxa</translation>
    </message>
    <message>
        <source>Reported month</source>
        <translation>Rapporterad månad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ändrad av</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postanstalt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordningsföljd</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Avslutat den</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Orsak till inställandet</translation>
    </message>
    <message>
        <source>Kilometres driven</source>
        <translation>Körda kilometer</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Fee paid per</source>
        <translation>Arvodet betalas</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kostnadsersättning</translation>
    </message>
    <message>
        <source>Expense allowance paid per</source>
        <translation>Kostnadsersättningen betalas</translation>
    </message>
    <message>
        <source>Mileage allowance per km</source>
        <translation>Kilometerersättning per km</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>Undertecknat innehåll</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>Utskrivet dokument</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Typ av uppgift</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Uppgiftens id</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familjens namn</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Roll i familjen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Klientrelationens nummer</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Responsible social worker</source>
        <translation>Ansvarig socialarbetare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Child welfare client since</source>
        <translation>Klient inom barnskyddet sedan</translation>
    </message>
    <message>
        <source>Child welfare basis</source>
        <translation>Grund för klientrelationen inom barnskyddet</translation>
    </message>
    <message>
        <source>Why no client plan</source>
        <translation>Varför ingen klientplan</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Orsak till avslutande</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <source>Next deadline due</source>
        <translation>Nästa förfallodag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Kontaktsätt</translation>
    </message>
    <message>
        <source>Contact made by</source>
        <translation>Kontakten togs av</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Child welfare notification</source>
        <translation>Barnskyddsanmälan</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Reasons for contact</source>
        <translation>Orsaker till kontakten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Urgency assessed on</source>
        <translation>Brådskan bedömd</translation>
    </message>
    <message>
        <source>Urgency assessed by</source>
        <translation>Brådskan bedömd av</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Assessment decided on</source>
        <translation>Beslutet om bedömningen fattat</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Bedömningen inleds</translation>
    </message>
    <message>
        <source>Why no assessment</source>
        <translation>Varför ingen bedömning</translation>
    </message>
    <message>
        <source>Family told on</source>
        <translation>Familjen underrättad</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Inledd</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Duration of the need</source>
        <translation>Behovets varaktighet</translation>
    </message>
    <message>
        <source>Own worker needed</source>
        <translation>Egen kontaktperson behövs</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Child welfare need</source>
        <translation>Behov av barnskydd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Plan made on</source>
        <translation>Planen uppgjord</translation>
    </message>
    <message>
        <source>Service and support needs</source>
        <translation>Service- och stödbehov</translation>
    </message>
    <message>
        <source>Circumstances to influence</source>
        <translation>Förhållanden som ska påverkas</translation>
    </message>
    <message>
        <source>Services and support measures</source>
        <translation>Tjänster och stödåtgärder</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Beräknad tid</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Meetings with the child</source>
        <translation>Möten med barnet</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Social Welfare Act (SHL)</source>
        <translation>Socialvårdslagen (SVL)</translation>
    </message>
    <message>
        <source>Child Welfare Act (LSL)</source>
        <translation>Barnskyddslagen (BSL)</translation>
    </message>
    <message>
        <source>Child welfare clients only</source>
        <translation>Endast för klienter inom barnskyddet</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Antecknas som</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ur bruk</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <source>Monthly days of care</source>
        <translation>Vårddygn per månad</translation>
    </message>
    <message>
        <source>Meetings a month</source>
        <translation>Träffar per månad</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Intensified family work</source>
        <translation>Intensifierat familjearbete</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Typ av utförare</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Vuxna</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Capacity (children)</source>
        <translation>Kapacitet (barn)</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Lägsta ålder</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Högsta ålder</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Utbildning slutförd</translation>
    </message>
    <message>
        <source>Criminal record checked</source>
        <translation>Straffregisterutdrag kontrollerat</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Kontonummer (IBAN)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum för träffen</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Datum för besöket</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Replaces version</source>
        <translation>Ersätter version</translation>
    </message>
    <message>
        <source>Need for support</source>
        <translation>Stödbehov</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation>Plats och sätt</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporter</translation>
    </message>
    <message>
        <source>Contact between the families</source>
        <translation>Kontakter mellan familjerna</translation>
    </message>
    <message>
        <source>On illness or cancellation</source>
        <translation>Vid sjukdom eller förhinder</translation>
    </message>
    <message>
        <source>Review and ending</source>
        <translation>Översyn och avslutande</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Tystnadsplikt</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Orsak till upphörandet</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Undertecknat den</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Beslut om</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Provisions applied</source>
        <translation>Tillämpade bestämmelser</translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation>Fakta och utredning</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Parties concerned</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>More information from</source>
        <translation>Mer information ger</translation>
    </message>
    <message>
        <source>Corrects decision</source>
        <translation>Beslut som rättas</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutets nummer</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Meddelat den</translation>
    </message>
    <message>
        <source>Issued content</source>
        <translation>Meddelat innehåll</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Delgivningssätt</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sänt den</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Närmare uppgift</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Tidigare värde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Hearing of a party</source>
        <translation>Hörande av en part</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Vårdnadshavarnas åsikt</translation>
    </message>
    <message>
        <source>Child&apos;s opinion found out</source>
        <translation>Barnets åsikt utredd</translation>
    </message>
    <message>
        <source>Child&apos;s opinion</source>
        <translation>Barnets åsikt</translation>
    </message>
    <message>
        <source>How the child&apos;s opinion was found out</source>
        <translation>Hur barnets åsikt utreddes</translation>
    </message>
    <message>
        <source>Ground of the correction</source>
        <translation>Grund för rättelsen</translation>
    </message>
    <message>
        <source>Correction to a party&apos;s detriment</source>
        <translation>Rättelse till nackdel för en part</translation>
    </message>
    <message>
        <source>Consent or hearing for the correction</source>
        <translation>Samtycke eller hörande för rättelsen</translation>
    </message>
    <message>
        <source>Reason for an earlier date</source>
        <translation>Orsak till ett tidigare datum</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Hörd den</translation>
    </message>
    <message>
        <source>How heard</source>
        <translation>Hur hörd</translation>
    </message>
    <message>
        <source>Not heard because (HL 34 § 2 mom)</source>
        <translation>Inte hörd eftersom (FvL 34 § 2 mom.)</translation>
    </message>
    <message>
        <source>Recipient of a decision</source>
        <translation>Beslutets mottagare</translation>
    </message>
    <message>
        <source>Issued decision document</source>
        <translation>Meddelat besluts dokument</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Recipient as</source>
        <translation>Mottagare i egenskap av</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Exemplarets språk</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sänt till adressen</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Delfått</translation>
    </message>
    <message>
        <source>Request for review made on</source>
        <translation>Begäran om omprövning gjord</translation>
    </message>
    <message>
        <source>Child met in person</source>
        <translation>Barnet träffat personligen</translation>
    </message>
    <message>
        <source>How the child was met, or why not</source>
        <translation>Hur barnet träffades eller varför inte</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Öppnade klientrelationen</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Tagen in i det pågående arbetet</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <translation>Anmälarens namn</translation>
    </message>
    <message>
        <source>Notifier&apos;s organisation</source>
        <translation>Anmälarens organisation</translation>
    </message>
    <message>
        <source>Notifier&apos;s title</source>
        <translation>Anmälarens titel</translation>
    </message>
    <message>
        <source>Notifier&apos;s phone</source>
        <translation>Anmälarens telefon</translation>
    </message>
    <message>
        <source>Notifier&apos;s e-mail</source>
        <translation>Anmälarens e-post</translation>
    </message>
    <message>
        <source>Notifier anonymous</source>
        <translation>Anmälaren anonym</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>Anmälan till polisen</translation>
    </message>
    <message>
        <source>Reported to the police on</source>
        <translation>Anmält till polisen den</translation>
    </message>
    <message>
        <source>Why not reported to the police</source>
        <translation>Varför inte anmält till polisen</translation>
    </message>
    <message>
        <source>Why a case of its own</source>
        <translation>Varför en egen klientrelation</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>The IBAN must begin with a two-letter country code and two check digits, such as FI21.</source>
        <translation>IBAN-numret ska börja med en landskod på två bokstäver och två kontrollsiffror, till exempel FI21.</translation>
    </message>
    <message>
        <source>The IBAN is too short: an IBAN beginning with %1 has %2 characters, this one has %3.</source>
        <translation>IBAN-numret är för kort: ett IBAN-nummer som börjar med %1 har %2 tecken, det här har %3.</translation>
    </message>
    <message>
        <source>The IBAN is too long: an IBAN beginning with %1 has %2 characters, this one has %3.</source>
        <translation>IBAN-numret är för långt: ett IBAN-nummer som börjar med %1 har %2 tecken, det här har %3.</translation>
    </message>
    <message>
        <source>The IBAN is too short: an IBAN has at least %1 characters, this one has %2.</source>
        <translation>IBAN-numret är för kort: ett IBAN-nummer har minst %1 tecken, det här har %2.</translation>
    </message>
    <message>
        <source>The IBAN is too long: an IBAN has at most %1 characters, this one has %2.</source>
        <translation>IBAN-numret är för långt: ett IBAN-nummer har högst %1 tecken, det här har %2.</translation>
    </message>
    <message>
        <source>Character %1 of the IBAN (not counting spaces) is &quot;%2&quot;, but an IBAN beginning with %3 has a digit there.</source>
        <translation>Tecken %1 i IBAN-numret (mellanslag oräknade) är &quot;%2&quot;, men i ett IBAN-nummer som börjar med %3 står där en siffra.</translation>
    </message>
    <message>
        <source>Character %1 of the IBAN (not counting spaces) is &quot;%2&quot;, but an IBAN beginning with %3 has a letter there.</source>
        <translation>Tecken %1 i IBAN-numret (mellanslag oräknade) är &quot;%2&quot;, men i ett IBAN-nummer som börjar med %3 står där en bokstav.</translation>
    </message>
    <message>
        <source>The IBAN is missing. Enter it in the form FI21 1234 5600 0007 85.</source>
        <translation>IBAN-numret saknas. Skriv det i formen FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The IBAN contains &quot;%1&quot;, which is not allowed: use only the letters A to Z and the digits 0 to 9.</source>
        <translation>IBAN-numret innehåller &quot;%1&quot;, som inte är tillåtet: använd bara bokstäverna A–Z och siffrorna 0–9.</translation>
    </message>
    <message>
        <source>The check digits of the IBAN do not match: check the account number.</source>
        <translation>IBAN-numrets kontrollsiffror stämmer inte: kontrollera kontonumret.</translation>
    </message>
</context>
<context>
    <name>IdentityCode</name>
    <message>
        <source>The identity code must have 11 characters: birth date, century sign, individual number and check character (e.g. 131052-308T).</source>
        <translation>Personbeteckningen ska ha 11 tecken: födelsedatum, skiljetecken, individnummer och kontrolltecken (t.ex. 131052-308T).</translation>
    </message>
    <message>
        <source>The first six characters of the identity code must be the birth date as digits: day, month and year (e.g. 131052).</source>
        <translation>De sex första tecknen i personbeteckningen ska vara födelsedatumet i siffror: dag, månad och år (t.ex. 131052).</translation>
    </message>
    <message>
        <source>Characters 8 to 10 of the identity code must be the individual number as digits (e.g. 308).</source>
        <translation>Tecknen 8–10 i personbeteckningen ska vara individnumret i siffror (t.ex. 308).</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>Födelsedatumet %1 finns inte.</translation>
    </message>
    <message>
        <source>The identity code is missing. Enter it in the form 131052-308T.</source>
        <translation>Personbeteckningen saknas. Skriv den i formen 131052-308T.</translation>
    </message>
    <message>
        <source>The character after the birth date (&quot;%1&quot;) is not a century sign. Use + for people born in the 1800s, - Y X W V U for the 1900s and A B C D E F for the 2000s.</source>
        <translation>Tecknet efter födelsedatumet (&quot;%1&quot;) är inget skiljetecken för århundradet. Använd + för personer födda på 1800-talet, - Y X W V U för 1900-talet och A B C D E F för 2000-talet.</translation>
    </message>
    <message>
        <source>The individual number %1 is not in use: it must be between 002 and 999.</source>
        <translation>Individnumret %1 används inte: det ska vara mellan 002 och 999.</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. A typing error elsewhere in the code also changes the check character, so check the whole code.</source>
        <translation>Kontrolltecknet borde vara %1, inte %2. Ett skrivfel på annat ställe i beteckningen ändrar också kontrolltecknet, så kontrollera hela beteckningen.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future: check the date and the century sign.</source>
        <translation>Födelsedatumet %1 ligger i framtiden: kontrollera datumet och skiljetecknet för århundradet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Initiation</source>
        <translation>Anhängiggörande</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Klientplan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Vårdnadshavare</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Förälder</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Annan vuxen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Elektroniskt</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Barnet självt</translation>
    </message>
    <message>
        <source>Relative or friend</source>
        <translation>Släkting eller vän</translation>
    </message>
    <message>
        <source>Another authority</source>
        <translation>En annan myndighet</translation>
    </message>
    <message>
        <source>(not an authority)</source>
        <translation>(ingen myndighet)</translation>
    </message>
    <message>
        <source>Child health clinic</source>
        <translation>Barnrådgivning</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Early childhood education</source>
        <translation>Småbarnspedagogik</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polis</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <source>Other authority</source>
        <translation>Annan myndighet</translation>
    </message>
    <message>
        <source>(not a notification)</source>
        <translation>(ingen anmälan)</translation>
    </message>
    <message>
        <source>Professional obliged to notify</source>
        <translation>Yrkesperson med anmälningsplikt</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Coping with everyday life</source>
        <translation>Att klara vardagen</translation>
    </message>
    <message>
        <source>A family member&apos;s illness or exhaustion</source>
        <translation>En familjemedlems sjukdom eller utmattning</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Föräldraskap</translation>
    </message>
    <message>
        <source>Raising the child</source>
        <translation>Barnets uppfostran</translation>
    </message>
    <message>
        <source>Financial problems</source>
        <translation>Ekonomiska problem</translation>
    </message>
    <message>
        <source>Intimate partner or family violence</source>
        <translation>Våld i nära relationer eller i familjen</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(inte bedömt)</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tillfälligt</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Återkommande</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Långvarigt</translation>
    </message>
    <message>
        <source>A client plan is made</source>
        <translation>En klientplan utarbetas</translation>
    </message>
    <message>
        <source>No plan: temporary advice and guidance only</source>
        <translation>Ingen plan: endast tillfällig rådgivning och handledning</translation>
    </message>
    <message>
        <source>No plan: the assessment holds what the plan would</source>
        <translation>Ingen plan: bedömningen innehåller det som planen skulle innehålla</translation>
    </message>
    <message>
        <source>Decision on the assessment (7 working days)</source>
        <translation>Beslut om bedömningen (7 vardagar)</translation>
    </message>
    <message>
        <source>Assessment completed (3 months)</source>
        <translation>Bedömningen slutförd (3 månader)</translation>
    </message>
    <message>
        <source>Client plan review</source>
        <translation>Översyn av klientplanen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>förfaller snart</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>gjort i tid</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>gjort för sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktsätt</translation>
    </message>
    <message>
        <source>Contact made by</source>
        <translation>Kontakten togs av</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Child welfare notification</source>
        <translation>Barnskyddsanmälan</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Anmälare</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Orsaker</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Urgency assessed on</source>
        <translation>Brådskan bedömd</translation>
    </message>
    <message>
        <source>Urgency assessed by</source>
        <translation>Brådskan bedömd av</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Bedömningen inleds</translation>
    </message>
    <message>
        <source>Why no assessment</source>
        <translation>Varför ingen bedömning</translation>
    </message>
    <message>
        <source>Child and guardian informed</source>
        <translation>Barnet och vårdnadshavaren underrättade</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Inledd</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Need for support</source>
        <translation>Stödbehov</translation>
    </message>
    <message>
        <source>Own worker needed</source>
        <translation>Egen kontaktperson behövs</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Egen kontaktperson</translation>
    </message>
    <message>
        <source>Child welfare need</source>
        <translation>Behov av barnskydd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Ansvarig arbetstagare</translation>
    </message>
    <message>
        <source>Child welfare client since</source>
        <translation>Klient inom barnskyddet sedan</translation>
    </message>
    <message>
        <source>Child welfare client status based on</source>
        <translation>Grund för klientrelationen inom barnskyddet</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Orsak till avslutande</translation>
    </message>
    <message>
        <source>Plan made on</source>
        <translation>Planen uppgjord</translation>
    </message>
    <message>
        <source>Service and support needs</source>
        <translation>Service- och stödbehov</translation>
    </message>
    <message>
        <source>Circumstances to influence</source>
        <translation>Förhållanden som ska påverkas</translation>
    </message>
    <message>
        <source>Services and support measures</source>
        <translation>Tjänster och stödåtgärder</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Beräknad tid</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Avvikande åsikter</translation>
    </message>
    <message>
        <source>Meetings with the child</source>
        <translation>Möten med barnet</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nästa översyn</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Social Welfare Act (SHL)</source>
        <translation>Socialvårdslagen (SVL)</translation>
    </message>
    <message>
        <source>Child Welfare Act, open care (LSL)</source>
        <translation>Barnskyddslagen, öppenvård (BSL)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Egen tjänst</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samarbetspartners tjänst</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Ekonomiskt stöd</translation>
    </message>
    <message>
        <source>Support family</source>
        <translation>Stödfamilj</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <source>Family worker</source>
        <translation>Familjearbetare</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>vilande</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>På kontoret</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Annanstans</translation>
    </message>
    <message>
        <source>Decide whether the assessment starts</source>
        <translation>Besluta om bedömningen inleds</translation>
    </message>
    <message>
        <source>Complete the service need assessment</source>
        <translation>Slutför bedömningen av servicebehovet</translation>
    </message>
    <message>
        <source>Review the client plan</source>
        <translation>Se över klientplanen</translation>
    </message>
    <message>
        <source>Tell the child and guardian of the notification</source>
        <translation>Berätta om anmälan för barnet och vårdnadshavaren</translation>
    </message>
    <message>
        <source>Get the agreement signed</source>
        <translation>Få avtalet undertecknat</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Avtalet upphör</translation>
    </message>
    <message>
        <source>Decision ends</source>
        <translation>Beslutet upphör</translation>
    </message>
    <message>
        <source>Support person met less than planned last month</source>
        <translation>Stödpersonen träffade barnet mindre än planerat förra månaden</translation>
    </message>
    <message>
        <source>Renew the criminal record extract</source>
        <translation>Förnya straffregisterutdraget</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>client plan</source>
        <translation>klientplan</translation>
    </message>
    <message>
        <source>contact form</source>
        <translation>kontaktblankett</translation>
    </message>
    <message>
        <source>case</source>
        <translation>klientrelation</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>användningslogg</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>väntar på beslut</translation>
    </message>
    <message>
        <source>Send the decision to every recipient</source>
        <translation>Sänd beslutet till alla mottagare</translation>
    </message>
    <message>
        <source>Contact together with the child or parent (LSL 25 a §)</source>
        <translation>Kontakt tillsammans med barnet eller föräldern (BSL 25 a §)</translation>
    </message>
    <message>
        <source>School absences</source>
        <translation>Skolfrånvaro</translation>
    </message>
    <message>
        <source>The child&apos;s substance use</source>
        <translation>Barnets missbruk av rusmedel</translation>
    </message>
    <message>
        <source>A parent&apos;s substance use</source>
        <translation>En förälders missbruk av rusmedel</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <source>Neglect of care</source>
        <translation>Försummelse av vården</translation>
    </message>
    <message>
        <source>The child&apos;s behaviour or offences</source>
        <translation>Barnets beteende eller brott</translation>
    </message>
    <message>
        <source>Violence or suspected violence against the child</source>
        <translation>Våld eller misstänkt våld mot barnet</translation>
    </message>
    <message>
        <source>Suspected sexual abuse of the child</source>
        <translation>Misstänkt sexualbrott mot barnet</translation>
    </message>
    <message>
        <source>The child&apos;s own request</source>
        <translation>Barnets egen begäran</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Annat skäl</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Inte besvarat ännu</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Anmält till polisen</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Inte anmält</translation>
    </message>
    <message>
        <source>Assess the urgency now</source>
        <translation>Bedöm brådskandet nu</translation>
    </message>
    <message>
        <source>Record whether the police were told</source>
        <translation>Anteckna om polisen underrättades</translation>
    </message>
    <message>
        <source>Decision on a later notification (7 working days)</source>
        <translation>Beslut om en senare anmälan (7 vardagar)</translation>
    </message>
    <message>
        <source>Decide on the later notification</source>
        <translation>Besluta om den senare anmälan</translation>
    </message>
    <message>
        <source>Client plan of a child welfare client</source>
        <translation>Klientplan för en klient inom barnskyddet</translation>
    </message>
    <message>
        <source>Make the client plan</source>
        <translation>Gör upp klientplanen</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Öppnade klientrelationen</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Tagen in i det pågående arbetet</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <translation>Anmälarens namn</translation>
    </message>
    <message>
        <source>Notifier&apos;s organisation</source>
        <translation>Anmälarens organisation</translation>
    </message>
    <message>
        <source>Notifier&apos;s title</source>
        <translation>Anmälarens titel</translation>
    </message>
    <message>
        <source>Notifier&apos;s phone</source>
        <translation>Anmälarens telefon</translation>
    </message>
    <message>
        <source>Notifier&apos;s e-mail</source>
        <translation>Anmälarens e-post</translation>
    </message>
    <message>
        <source>Notifier anonymous</source>
        <translation>Anmälaren anonym</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>Anmälan till polisen</translation>
    </message>
    <message>
        <source>Reported to the police on</source>
        <translation>Anmält till polisen den</translation>
    </message>
    <message>
        <source>Why not reported to the police</source>
        <translation>Varför inte anmält till polisen</translation>
    </message>
    <message>
        <source>Why a case of its own</source>
        <translation>Varför en egen klientrelation</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion</source>
        <translation>Barnets egen åsikt</translation>
    </message>
    <message>
        <source>How the child&apos;s opinion was found out</source>
        <translation>Hur barnets åsikt utreddes</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Vårdnadshavarnas synpunkter</translation>
    </message>
    <message>
        <source>Child met in person</source>
        <translation>Barnet träffat personligen</translation>
    </message>
    <message>
        <source>How the child was met</source>
        <translation>Hur barnet träffades</translation>
    </message>
</context>
<context>
    <name>MeasureLogRepository</name>
    <message>
        <source>The measure was not found.</source>
        <translation>Stödåtgärden hittades inte.</translation>
    </message>
    <message>
        <source>Enter when the rate is valid from, and an end that is not before it.</source>
        <translation>Skriv från vilket datum taxan gäller och ett slutdatum som inte är före det.</translation>
    </message>
    <message>
        <source>The amounts of a rate cannot be negative.</source>
        <translation>Taxans belopp kan inte vara negativa.</translation>
    </message>
    <message>
        <source>The rate overlaps another rate of the same kind valid from %1. End that one first.</source>
        <translation>Taxan överlappar en annan taxa av samma slag som gäller från %1. Avsluta den först.</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>Give the measure a name in Finnish and in Swedish.</source>
        <translation>Ge stödåtgärden ett namn på finska och på svenska.</translation>
    </message>
    <message>
        <source>Choose at least one legal basis the measure can have.</source>
        <translation>Välj minst en rättslig grund som stödåtgärden kan ges på.</translation>
    </message>
    <message>
        <source>Choose the case and the measure from the catalogue.</source>
        <translation>Välj klientrelationen och stödåtgärden i katalogen.</translation>
    </message>
    <message>
        <source>The measure was not found.</source>
        <translation>Stödåtgärden hittades inte.</translation>
    </message>
    <message>
        <source>Enter the date the measure ended.</source>
        <translation>Skriv datumet då stödåtgärden avslutades.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>The case is closed, so no measure can be started in it. Open a new case first.</source>
        <translation>Klientrelationen är avslutad, så ingen stödåtgärd kan inledas i den. Öppna först en ny klientrelation.</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Choose another measure.</source>
        <translation>%1 erbjuds inte längre. Välj en annan stödåtgärd.</translation>
    </message>
    <message>
        <source>Enter the date the measure starts.</source>
        <translation>Skriv datumet då stödåtgärden börjar.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>Det planerade slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <source>The measure cannot end before it started.</source>
        <translation>Stödåtgärden kan inte avslutas innan den har börjat.</translation>
    </message>
    <message>
        <source>This measure is not given as a child welfare open-care measure: choose the Social Welfare Act.</source>
        <translation>Denna stödåtgärd ges inte som stödåtgärd inom barnskyddets öppenvård: välj socialvårdslagen.</translation>
    </message>
    <message>
        <source>This measure is given only as a child welfare open-care measure (LSL).</source>
        <translation>Denna stödåtgärd ges endast som stödåtgärd inom barnskyddets öppenvård (BSL).</translation>
    </message>
    <message>
        <source>This measure needs child welfare client status, which the child does not have. Complete the assessment with a child welfare need or record urgent measures first.</source>
        <translation>Denna stödåtgärd förutsätter en klientrelation inom barnskyddet, vilket barnet inte har. Slutför först bedömningen med konstaterat behov av barnskydd eller anteckna brådskande åtgärder.</translation>
    </message>
    <message>
        <source>The measure cannot start before child welfare client status began (%1).</source>
        <translation>Stödåtgärden kan inte börja innan klientrelationen inom barnskyddet började (%1).</translation>
    </message>
    <message>
        <source>%1 is not the right kind of provider for this measure.</source>
        <translation>%1 är inte rätt typ av utförare för denna stödåtgärd.</translation>
    </message>
    <message>
        <source>%1 no longer works as a provider. Choose another one.</source>
        <translation>%1 är inte längre verksam som utförare. Välj en annan.</translation>
    </message>
    <message>
        <source>The planned amounts cannot be negative.</source>
        <translation>De planerade mängderna kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Skriv datumet.</translation>
    </message>
    <message>
        <source>Only what has happened is logged: the date cannot be in the future.</source>
        <translation>Endast det som har skett antecknas: datumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The date is before the measure started (%1).</source>
        <translation>Datumet är före stödåtgärdens början (%1).</translation>
    </message>
    <message>
        <source>The date is after the measure ended (%1).</source>
        <translation>Datumet är efter att stödåtgärden avslutades (%1).</translation>
    </message>
    <message>
        <source>The stay cannot end before it began.</source>
        <translation>Vistelsen kan inte sluta innan den har börjat.</translation>
    </message>
    <message>
        <source>Only what has happened is logged: the stay cannot end in the future.</source>
        <translation>Endast det som har skett antecknas: vistelsen kan inte sluta i framtiden.</translation>
    </message>
    <message>
        <source>Write why the stay was cancelled.</source>
        <translation>Skriv varför vistelsen ställdes in.</translation>
    </message>
    <message>
        <source>The kilometres cannot be negative.</source>
        <translation>Antalet kilometer kan inte vara negativt.</translation>
    </message>
    <message>
        <source>The duration and the kilometres cannot be negative.</source>
        <translation>Längden och antalet kilometer kan inte vara negativa.</translation>
    </message>
    <message>
        <source>Enter how long the visit took.</source>
        <translation>Skriv hur länge besöket varade.</translation>
    </message>
    <message>
        <source>The measure is awaiting its decision: nothing is logged for it before an issued decision grants it.</source>
        <translation>Stödåtgärden väntar på beslut: inget antecknas för den förrän ett meddelat beslut beviljar den.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The templates folder %1 does not exist. Choose an existing folder or leave it empty to use the built-in templates.</source>
        <translation>Mallmappen %1 finns inte. Välj en befintlig mapp eller lämna fältet tomt för att använda programmets inbyggda mallar.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Logotypen måste vara en PNG-bild.</translation>
    </message>
    <message>
        <source>The logo is too large (%1 KB): at most %2 KB. Use a smaller image.</source>
        <translation>Logotypen är för stor (%1 kB): högst %2 kB. Använd en mindre bild.</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Child welfare on-call line</source>
        <translation>Barnskyddsjouren</translation>
    </message>
    <message>
        <source>A phone number has 3 to 15 digits with spaces or hyphens, e.g. 016 123 4567 or +358 16 123 4567.</source>
        <translation>Ett telefonnummer har 3–15 siffror med mellanslag eller bindestreck, t.ex. 016 123 4567 eller +358 16 123 4567.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registry e-mail</source>
        <translation>Registratorskontorets e-post</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2 and is never written over. Choose another name.</source>
        <translation>%1 hör till databasen %2 och skrivs aldrig över. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Mappen %1 finns inte. Välj en befintlig mapp.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file to write in it.</source>
        <translation>%1 är en mapp. Ange namnet på en fil som ska skrivas i den.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or a pipe) and is not written to.</source>
        <translation>%1 är ingen vanlig fil (det är en enhet eller ett rör) och skrivs inte till.</translation>
    </message>
    <message>
        <source>%1 is a database, a backup or a field copy and is never written over. Choose another name.</source>
        <translation>%1 är en databas, en säkerhetskopia eller en fältkopia och skrivs aldrig över. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left as it was. Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>Filen %1 finns redan och lämnades som den var. Välj ett annat namn eller tillåt att den ersätts (--overwrite på kommandoraden).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Filen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Filen %1 kan inte skrivas.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check that the disk has room and that you may write in the folder.</source>
        <translation>Filen %1 kunde inte skrivas: %2. Kontrollera att det finns utrymme på disken och att du får skriva i mappen.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check that the disk has room.</source>
        <translation>Filen %1 kunde inte skrivas: %2. Kontrollera att det finns utrymme på disken.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s first names and last name.</source>
        <translation>Skriv personens förnamn och efternamn.</translation>
    </message>
    <message>
        <source>Enter the identity code, or the birth date for a person without one.</source>
        <translation>Skriv personbeteckningen eller, för en person som saknar personbeteckning, födelsedatumet.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Födelsedatumet kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>The identity code %1 is already recorded for %2. Open that person instead of adding them again.</source>
        <translation>Personbeteckningen %1 är redan registrerad för %2. Öppna den personen i stället för att lägga till personen på nytt.</translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message numerus="yes">
        <source>The PIN is not right. Tries left: %n. The next try in %1 s.</source>
        <translation>
            <numerusform>PIN-koden är inte rätt. Försök kvar: %n. Nästa försök om %1 s.</numerusform>
            <numerusform>PIN-koden är inte rätt. Försök kvar: %n. Nästa försök om %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Vänta %n sekund före nästa försök.</numerusform>
            <numerusform>Vänta %n sekunder före nästa försök.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PIN is set on this workstation, so this cannot be opened. Close Tukipolku and start it again.</source>
        <translation>Ingen PIN-kod har angetts på den här arbetsstationen, så det här kan inte öppnas. Stäng Tukipolku och starta det igen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the database has been closed. Close Tukipolku and start it again.</source>
        <translation>För många felaktiga PIN-koder: databasen har stängts. Stäng Tukipolku och starta det igen.</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>The PIN must have at least %1 digits, and digits only.</source>
        <translation>PIN-koden måste ha minst %1 siffror, och bara siffror.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-koderna skiljer sig åt.</translation>
    </message>
    <message>
        <source>The PIN could not be stored.</source>
        <translation>PIN-koden kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>PrivateWorkFolder</name>
    <message>
        <source>The private work folder %1 cannot be made.</source>
        <translation>Den privata arbetsmappen %1 kan inte skapas.</translation>
    </message>
</context>
<context>
    <name>ProviderCsv</name>
    <message>
        <source>The file is empty. It must have a header row naming the columns and one provider on each row after it.</source>
        <translation>Filen är tom. Den ska ha en rubrikrad som namnger kolumnerna och därefter en utförare på varje rad.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 has bytes that are not UTF-8. Save the file in your spreadsheet program as CSV UTF-8 and try again.</source>
        <extracomment>&quot;CSV UTF-8&quot; is the name of the file type in the Save As dialog of Excel.</extracomment>
        <translation>Filen är inte UTF-8-text: rad %1 innehåller byte som inte är UTF-8. Spara filen i ditt kalkylprogram som CSV UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character, so the file is not a CSV text file. Save the file in your spreadsheet program as CSV UTF-8 and try again.</source>
        <translation>Rad %1 innehåller ett NUL-tecken, så filen är inte en CSV-textfil. Spara filen i ditt kalkylprogram som CSV UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>The quote that opens a value on line %1 is never closed, so nothing from that line to the end of the file could be read. Close the quote, or write a quote that belongs to the value as two quotes (&quot;&quot;).</source>
        <translation>Citattecknet som inleder ett värde på rad %1 stängs aldrig, så ingenting från den raden till slutet av filen kunde läsas. Stäng citattecknet eller skriv ett citattecken som hör till värdet som två citattecken (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>Kolumn %1 i rubrikraden har inget namn.</translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header row.</source>
        <translation>Kolumnen %1 förekommer mer än en gång i rubrikraden.</translation>
    </message>
    <message>
        <source>The file has no header row. Its first line must name the columns, for example %1.</source>
        <extracomment>%1 is &quot;kind;name&quot;, the start of a header row; keep the names untranslated.</extracomment>
        <translation>Filen har ingen rubrikrad. Dess första rad ska namnge kolumnerna, till exempel %1.</translation>
    </message>
    <message>
        <source>The header row has columns that are not known: %1. The known columns are: %2.</source>
        <extracomment>%1 lists the unknown names in quotes, %2 the known ones as &quot;kind (tyyppi), name (nimi), ...&quot;.</extracomment>
        <translation>Rubrikraden har okända kolumner: %1. De kända kolumnerna är: %2.</translation>
    </message>
    <message>
        <source>Required columns are missing from the header row: %1.</source>
        <extracomment>%1 lists column names as &quot;kind (tyyppi), name (nimi)&quot;.</extracomment>
        <translation>Obligatoriska kolumner saknas i rubrikraden: %1.</translation>
    </message>
    <message>
        <source>The value in column %1 is %2 characters long; at most %3 characters are allowed.</source>
        <extracomment>%1 is the column&apos;s name as written in the file&apos;s header row.</extracomment>
        <translation>Värdet i kolumnen %1 är %2 tecken långt; högst %3 tecken är tillåtna.</translation>
    </message>
    <message>
        <source>The value in column %1 has text after its closing quote. Put the whole value in quotes and write each quote inside it as two quotes (&quot;&quot;).</source>
        <extracomment>%1 is the column&apos;s name as written in the file&apos;s header row.</extracomment>
        <translation>Värdet i kolumnen %1 har text efter det avslutande citattecknet. Sätt hela värdet inom citattecken och skriv varje citattecken inuti det som två citattecken (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Write support_family, support_person or family_worker (tukiperhe, tukihenkilö or perhetyöntekijä).</source>
        <extracomment>The English and Finnish words are the values a file may use: keep them as they are.</extracomment>
        <translation>Skriv support_family, support_person eller family_worker (tukiperhe, tukihenkilö eller perhetyöntekijä).</translation>
    </message>
    <message>
        <source>The kind of provider &quot;%1&quot; is not known.</source>
        <translation>Typen av utförare &quot;%1&quot; är okänd.</translation>
    </message>
    <message>
        <source>The kind of provider is missing.</source>
        <translation>Typen av utförare saknas.</translation>
    </message>
    <message>
        <source>The name is missing: write the provider&apos;s name.</source>
        <translation>Namnet saknas: skriv utförarens namn.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; is not valid: it must have five digits, e.g. 00100.</source>
        <translation>Postnumret &quot;%1&quot; är inte giltigt: det ska ha fem siffror, t.ex. 00100.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid: it must have one @ followed by a domain name with a dot, e.g. name@example.fi.</source>
        <translation>E-postadressen &quot;%1&quot; är inte giltig: den ska ha ett @ följt av ett domännamn med en punkt, t.ex. namn@example.fi.</translation>
    </message>
    <message>
        <source>The languages must be two-letter codes separated by spaces or slashes, e.g. &quot;fi sv&quot;; these are not: %1.</source>
        <translation>Språken ska anges med koder på två bokstäver åtskilda med mellanslag eller snedstreck, t.ex. &quot;fi sv&quot;; dessa är det inte: %1.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number from 1 to 10, not &quot;%1&quot;.</source>
        <translation>Kapaciteten ska vara ett heltal från 1 till 10, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The minimum age must be a whole number from 0 to 17, not &quot;%1&quot;.</source>
        <translation>Den lägsta åldern ska vara ett heltal från 0 till 17, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The maximum age must be a whole number from 0 to 17, not &quot;%1&quot;.</source>
        <translation>Den högsta åldern ska vara ett heltal från 0 till 17, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The minimum age (%1) is higher than the maximum age (%2).</source>
        <translation>Den lägsta åldern (%1) är högre än den högsta åldern (%2).</translation>
    </message>
    <message>
        <source>The date the training was completed, &quot;%1&quot;, is not a date: write it as 31.12.2025 or 2025-12-31.</source>
        <extracomment>Keep both example dates as they are: they show the only two forms a file may use.</extracomment>
        <translation>Datumet då utbildningen slutfördes, &quot;%1&quot;, är inget datum: skriv det i formen 31.12.2025 eller 2025-12-31.</translation>
    </message>
    <message>
        <source>The date the training was completed, %1, is in the future.</source>
        <translation>Datumet då utbildningen slutfördes, %1, är i framtiden.</translation>
    </message>
    <message>
        <source>The date the criminal record extract was checked, &quot;%1&quot;, is not a date: write it as 31.12.2025 or 2025-12-31.</source>
        <extracomment>Keep both example dates as they are: they show the only two forms a file may use.</extracomment>
        <translation>Datumet då straffregisterutdraget kontrollerades, &quot;%1&quot;, är inget datum: skriv det i formen 31.12.2025 eller 2025-12-31.</translation>
    </message>
    <message>
        <source>The date the criminal record extract was checked, %1, is in the future.</source>
        <translation>Datumet då straffregisterutdraget kontrollerades, %1, är i framtiden.</translation>
    </message>
    <message>
        <source>The identity code is not valid: %1</source>
        <extracomment>%1 is a sentence of the identity code check saying what is wrong.</extracomment>
        <translation>Personbeteckningen är inte giltig: %1</translation>
    </message>
    <message>
        <source>The IBAN is not valid: %1</source>
        <extracomment>%1 is a sentence of the IBAN check saying what is wrong.</extracomment>
        <translation>IBAN-numret är inte giltigt: %1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <extracomment>%1 is the line number the row starts on.</extracomment>
        <translation>Rad %1 har %2 fält; rubrikraden har %3.</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The identity code %1 is already in the registry for %2.</source>
        <translation>Personbeteckningen %1 finns redan i registret för %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Give the interval as 1 to 120 months.</source>
        <translation>Ange intervallet som 1–120 månader.</translation>
    </message>
    <message>
        <source>The providers&apos; registry could not be read: %1</source>
        <translation>Registret över utförare kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>ProviderRules</name>
    <message>
        <source>The postal code must have five digits, e.g. 96100.</source>
        <translation>Postnumret ska ha fem siffror, t.ex. 96100.</translation>
    </message>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, e.g. name@example.fi.</source>
        <translation>E-postadressen är ofullständig: den behöver ett namn, @ och en domän, t.ex. namn@example.fi.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s name.</source>
        <translation>Skriv utförarens namn.</translation>
    </message>
    <message>
        <source>The capacity must be between 0 and 10 children.</source>
        <translation>Kapaciteten ska vara 0–10 barn.</translation>
    </message>
    <message>
        <source>The suitable ages must be between 0 and 17 years, the youngest first.</source>
        <translation>De lämpliga åldrarna ska vara mellan 0 och 17 år, den lägsta först.</translation>
    </message>
    <message>
        <source>Identity code: %1</source>
        <translation>Personbeteckning: %1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <source>The training and criminal record dates cannot be in the future.</source>
        <translation>Datumen för utbildningen och straffregisterutdraget kan inte vara i framtiden.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReportedMonths</name>
    <message>
        <source>Choose the month to mark reported.</source>
        <translation>Välj den månad som ska markeras som rapporterad.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Period from</source>
        <translation>Perioden från</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Perioden till</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Open and overdue at the end</source>
        <translation>Öppen och försenad vid periodens slut</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>stödåtgärder</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>anmälningar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Measure or notifier</source>
        <translation>Stödåtgärd eller anmälare</translation>
    </message>
    <message>
        <source>Legal basis or kind of notifier</source>
        <translation>Lagstöd eller typ av anmälare</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>The template %1 cannot be used: %2. The built-in template was used instead.</source>
        <translation>Mallen %1 kan inte användas: %2. Programmets inbyggda mall användes i stället.</translation>
    </message>
</context>
<context>
    <name>WorkerRepository</name>
    <message>
        <source>Enter the worker&apos;s first name and last name.</source>
        <translation>Skriv arbetstagarens förnamn och efternamn.</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Nyårsdagen</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Trettondagen</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Långfredagen</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Påskdagen</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Annandag påsk</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>Första maj</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelsfärdsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Pingstdagen</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>Midsommarafton</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>Midsommardagen</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Alla helgons dag</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Självständighetsdagen</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Julafton</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Juldagen</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Annandag jul</translation>
    </message>
</context>
<context>
    <name>tukipolku::CaseListModel</name>
    <message>
        <source>(not named)</source>
        <translation>(inte utsedd)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>inga öppna</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientrelation</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Ansvarig arbetstagare</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nästa tidsfrist</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::AgreementsTab</name>
    <message>
        <source>Support family or person</source>
        <translation>Stödfamilj eller -person</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialvården</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>signed, in force</source>
        <translation>undertecknat, i kraft</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>avslutat i förtid</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 signed</source>
        <translation>%1 av %2 har undertecknat</translation>
    </message>
    <message>
        <source>Fee %1, expense allowance %2, mileage %3 per km (the rates valid at the start).</source>
        <translation>Arvode %1, kostnadsersättning %2, kilometerersättning %3 per km (de taxor som gällde när avtalet började).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>inte undertecknat</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Avslutat %1: %2</translation>
    </message>
    <message>
        <source>Before it can be signed:
• %1</source>
        <translation>Innan avtalet kan undertecknas:
• %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, från %2</translation>
    </message>
    <message>
        <source>Give the child a support family, support person or family work measure first.</source>
        <translation>Lägg först till en stödåtgärd för barnet: stödfamilj, stödperson eller familjearbete.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>The agreement is about:</source>
        <translation>Avtalet gäller:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>%1 signed the agreement on:</source>
        <translation>%1 undertecknade avtalet den:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Undertecknat den:</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Avsluta avtalet</translation>
    </message>
    <message>
        <source>The agreement ends on the day you enter. Before its planned end it is recorded as ended early.</source>
        <translation>Avtalet upphör den dag som du anger. Om dagen är före det planerade slutet antecknas avtalet som avslutat i förtid.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Avslutat den:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>Gi&amp;ltighetstid:</translation>
    </message>
    <message>
        <source>&amp;Need for support:</source>
        <translation>S&amp;tödbehov:</translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation>Hur &amp;ofta:</translation>
    </message>
    <message>
        <source>Where and how:</source>
        <translation>Plats o&amp;ch sätt:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transporter:</translation>
    </message>
    <message>
        <source>Contact &amp;between the families:</source>
        <translation>&amp;Kontakter mellan familjerna:</translation>
    </message>
    <message>
        <source>On i&amp;llness or cancellation:</source>
        <translation>Vi&amp;d sjukdom eller förhinder:</translation>
    </message>
    <message>
        <source>Re&amp;view and ending:</source>
        <translation>&amp;Översyn och avslutande:</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>Ersättning:</translation>
    </message>
    <message>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rter:</translation>
    </message>
    <message>
        <source>New agree&amp;ment…</source>
        <translation>&amp;Nytt avtal…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Ant&amp;eckna underskrift…</translation>
    </message>
    <message>
        <source>Record the day the party chosen in the list signed. When every party has signed, the agreement is frozen.</source>
        <translation>Anteckna dagen då den part som valts i listan undertecknade avtalet. När alla parter har undertecknat låses avtalet.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>A support family usually has the child one weekend a month; a support person meets the child once or twice a month.</source>
        <translation>Barnet är vanligen i stödfamiljen ett veckoslut i månaden; en stödperson träffar barnet en eller två gånger i månaden.</translation>
    </message>
    <message>
        <source>Signed by every party and frozen: this is the agreement as signed. A change is made as a new version.%1</source>
        <translation>Undertecknat av alla parter och låst: detta är avtalet sådant det undertecknades. En ändring görs som en ny version.%1</translation>
    </message>
    <message>
        <source>agreement-%1-version-%2</source>
        <translation>avtal-%1-version-%2</translation>
    </message>
    <message>
        <source>Change a signed text?</source>
        <translation>Ändra en undertecknad text?</translation>
    </message>
    <message>
        <source>%1 signed this text. If you change it, the signatures are cleared and every party signs the new text. Change it?</source>
        <translation>%1 har undertecknat den här texten. Om du ändrar den tas underskrifterna bort och varje part undertecknar den nya texten. Ändra den?</translation>
    </message>
    <message>
        <source>Conf&amp;identiality, beyond the duty:</source>
        <translation>T&amp;ystnadsplikt, utöver plikten:</translation>
    </message>
    <message>
        <source>The document states the duty of confidentiality; write here only what the parties agree beyond it.</source>
        <translation>Dokumentet anger tystnadsplikten; skriv här bara det som parterna kommer överens om utöver den.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::AssessmentForm</name>
    <message>
        <source>(not named)</source>
        <translation>(inte utsedd)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Start&amp;ed on:</source>
        <translation>In&amp;ledd den:</translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation>Sl&amp;utförd den:</translation>
    </message>
    <message>
        <source>&amp;Taking part:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>e.g. the child, the guardians, the school social worker</source>
        <translation>t.ex. barnet, vårdnadshavarna, skolkuratorn</translation>
    </message>
    <message>
        <source>&amp;Need for support:</source>
        <translation>S&amp;tödbehov:</translation>
    </message>
    <message>
        <source>An own worker &amp;is needed</source>
        <translation>Egen &amp;kontaktperson behövs</translation>
    </message>
    <message>
        <source>Own &amp;worker:</source>
        <translation>&amp;Egen kontaktperson:</translation>
    </message>
    <message>
        <source>Chi&amp;ld welfare need found</source>
        <translation>Beh&amp;ov av barnskydd konstaterat</translation>
    </message>
    <message>
        <source>When the assessment finds a child welfare need, the child becomes a client of child welfare on the completion date (LSL 27 §) and a responsible social worker is named.</source>
        <translation>När bedömningen visar att det finns behov av barnskydd blir barnet klient inom barnskyddet den dag bedömningen slutförs (BSL 27 §), och en socialarbetare som ansvarar för barnets angelägenheter utses.</translation>
    </message>
    <message>
        <source>&amp;Responsible social worker:</source>
        <translation>A&amp;nsvarig socialarbetare:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <source>The child was met in &amp;person</source>
        <translation>Barnet träffades &amp;personligen</translation>
    </message>
    <message>
        <source>e.g. alone at school and on a home visit</source>
        <translation>t.ex. på tu man hand i skolan och vid ett hembesök</translation>
    </message>
    <message>
        <source>How, or wh&amp;y not:</source>
        <translation>Hu&amp;r, eller varför inte:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::BackupsPage</name>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Välj först mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <source>Wrote %1; it passed the check.</source>
        <translation>%1 har skrivits; den klarade kontrollen.</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1; it passed the check.</source>
        <translation>Den krypterade säkerhetskopian %1 har skrivits; den klarade kontrollen.</translation>
    </message>
    <message>
        <source>Restored into %1; it passed the check. Open it with File ▸ Open Database; the current file stays as it is.</source>
        <translation>Återställd till %1; den klarade kontrollen. Öppna den med Arkiv ▸ Öppna databas; den nuvarande filen förblir som den är.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Krypterad säkerhetskopia</translation>
    </message>
    <message>
        <source>Encrypted backups (*.tpbackup)</source>
        <translation>Krypterade säkerhetskopior (*.tpbackup)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters; without it the backup cannot be restored):</source>
        <translation>Lösenord (minst 8 tecken; utan det kan säkerhetskopian inte återställas):</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Samma lösenord igen:</translation>
    </message>
    <message>
        <source>The passwords differ. Nothing was written.</source>
        <translation>Lösenorden skiljer sig åt. Inget skrevs.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.tpbackup)</source>
        <translation>Säkerhetskopior (*.sqlite *.tpbackup)</translation>
    </message>
    <message>
        <source>The backup&apos;s password:</source>
        <translation>Säkerhetskopians lösenord:</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Återställ till en ny fil</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite)</source>
        <translation>Tukipolku-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>The last automatic backup: %1.</source>
        <translation>Den senaste automatiska säkerhetskopian: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been written yet.</source>
        <translation>Ingen automatisk säkerhetskopia har skrivits ännu.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Säkerhets&amp;kopiera nu</translation>
    </message>
    <message>
        <source>Back up &amp;encrypted…</source>
        <translation>Säkerhetskopiera kr&amp;ypterat…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>A backup is written into the folder when you close the program, if anything changed or the last backup is over a day old; each is checked before it counts, and the folder keeps the newest of the last 7 days, 4 weeks and 12 months. Choose a folder on a protected disk or the organisation&apos;s network share. For a USB stick or another removable disk, use Back up encrypted: without the password nobody can read it.</source>
        <translation>En säkerhetskopia skrivs i mappen när du stänger programmet, om något har ändrats eller den senaste säkerhetskopian är över ett dygn gammal. Varje kopia kontrolleras innan den godkänns, och i mappen sparas de nyaste från de senaste 7 dagarna, 4 veckorna och 12 månaderna. Välj en mapp på en skyddad disk eller på organisationens nätverksenhet. Använd en krypterad säkerhetskopia för ett USB-minne eller en annan flyttbar disk: utan lösenordet kan ingen läsa den.</translation>
    </message>
    <message>
        <source>This folder is on a removable disk, which can be lost: the automatic backups, which are not encrypted, cannot be written there. Choose a folder on this computer or on the network share, and use Back up encrypted… for a USB stick.</source>
        <translation>Mappen finns på en flyttbar disk som kan komma bort: de automatiska säkerhetskopiorna, som inte krypteras, kan inte skrivas där. Välj en mapp på den här datorn eller på nätverksenheten, och använd Säkerhetskopiera krypterat… för ett USB-minne.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::BlankFormDialog</name>
    <message>
        <source>contact-form</source>
        <translation>kontaktblankett</translation>
    </message>
    <message>
        <source>Blank contact form</source>
        <translation>Tom kontaktblankett</translation>
    </message>
    <message>
        <source>The form &quot;Contact with social care for assessing the need for support&quot; (SHL 35 §), blank, with this unit&apos;s address and phone hours. Schools, child health clinics and families fill it in by hand; a filled-in form starts a case.</source>
        <translation>Blanketten ”Kontakt med socialvården för bedömning av stödbehovet” (SVL 35 §), tom, med enhetens adress och telefontider. Skolor, rådgivningar och familjer fyller i den för hand; en ifylld blankett gör ärendet anhängigt.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CaseListPage</name>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, identity code or case number</source>
        <translation>Namn, personbeteckning eller klientrelationens nummer</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla klientrelationer</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mina klientrelationer</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Endast försenade</translation>
    </message>
    <message>
        <source>Include c&amp;losed</source>
        <translation>Även a&amp;vslutade</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Ny familj…</translation>
    </message>
    <message>
        <source>O&amp;pen case</source>
        <translation>&amp;Öppna klientrelation</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CasePage</name>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – case %2</source>
        <translation>%1 – klientrelation %2</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>inte utsedd</translation>
    </message>
    <message>
        <source>Child welfare client since %1 (%2). Responsible social worker: %3.</source>
        <translation>Klient inom barnskyddet sedan %1 (grund: %2). Ansvarig socialarbetare: %3.</translation>
    </message>
    <message>
        <source>urgent measures</source>
        <translation>brådskande åtgärder</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>bedömning</translation>
    </message>
    <message>
        <source>Not a client of child welfare. Worker: %1.</source>
        <translation>Inte klient inom barnskyddet. Arbetstagare: %1.</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Avslutad %1: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>done %1 (due %2)</source>
        <translation>gjort %1 (senast %2)</translation>
    </message>
    <message>
        <source>No deadlines.</source>
        <translation>Inga tidsfrister.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Ny version</translation>
    </message>
    <message>
        <source>&amp;1 Initiation</source>
        <translation>&amp;1 Anhängiggörande</translation>
    </message>
    <message>
        <source>&amp;2 Assessment</source>
        <translation>&amp;2 Bedömning</translation>
    </message>
    <message>
        <source>&amp;3 Client plan</source>
        <translation>&amp;3 Klientplan</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save this tab (Ctrl+S)</source>
        <translation>Spara den här fliken (Ctrl+S)</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>&amp;Familj</translation>
    </message>
    <message>
        <source>&amp;Urgent measures…</source>
        <translation>&amp;Brådskande åtgärder…</translation>
    </message>
    <message>
        <source>Child welfare client status starts when urgent measures or support are given before the assessment is completed (LSL 27 §).</source>
        <translation>Klientrelationen inom barnskyddet börjar när brådskande åtgärder eller stöd ges innan bedömningen är slutförd (BSL 27 §).</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>A&amp;vsluta klientrelationen…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation>&amp;Ny version</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Gräns för antalet klienter</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Brådskande åtgärder</translation>
    </message>
    <message>
        <source>Urgent measures or support given before the assessment is completed start child welfare client status (LSL 27 §). Name the responsible social worker.</source>
        <translation>Brådskande åtgärder eller stöd som ges innan bedömningen är slutförd inleder klientrelationen inom barnskyddet (BSL 27 §). Utse den socialarbetare som ansvarar för barnets angelägenheter.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Responsible social worker:</source>
        <translation>A&amp;nsvarig socialarbetare:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avsluta klientrelationen</translation>
    </message>
    <message>
        <source>Closing ends the case&apos;s open deadlines. The records stay and can be read.</source>
        <translation>När klientrelationen avslutas upphör dess öppna tidsfrister. Anteckningarna finns kvar och kan läsas.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Avslutad den:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The case %1 has changes that are not saved. Save them now?</source>
        <translation>Klientrelationen %1 har ändringar som inte har sparats. Vill du spara dem nu?</translation>
    </message>
    <message>
        <source>&amp;4 Measures</source>
        <translation>&amp;4 Stödåtgärder</translation>
    </message>
    <message>
        <source>&amp;5 Agreements</source>
        <translation>&amp;5 Avtal</translation>
    </message>
    <message>
        <source>&amp;6 Decisions</source>
        <translation>&amp;6 Beslut</translation>
    </message>
    <message>
        <source>&amp;7 History</source>
        <translation>&amp;7 Historik</translation>
    </message>
    <message>
        <source>client-plan-%1-version-%2</source>
        <translation>klientplan-%1-version-%2</translation>
    </message>
    <message>
        <source>&amp;8 Time line</source>
        <translation>&amp;8 Tidslinje</translation>
    </message>
    <message>
        <source>Received %1: urgency not assessed. Assess it now.</source>
        <translation>Inkommen %1: brådskandet är inte bedömt. Bedöm det nu.</translation>
    </message>
    <message>
        <source>Received %1: assessed urgent. Start urgent measures if the child needs them now.</source>
        <translation>Inkommen %1: bedömd som brådskande. Inled brådskande åtgärder om barnet behöver dem nu.</translation>
    </message>
    <message>
        <source>Received %1: record whether an offence against the child was reported to the police.</source>
        <translation>Inkommen %1: anteckna om brottet mot barnet anmäldes till polisen.</translation>
    </message>
    <message>
        <source>A child welfare client always has a client plan (LSL 30 §).</source>
        <translation>En klient inom barnskyddet har alltid en klientplan (BSL 30 §).</translation>
    </message>
    <message>
        <source>With this child %1 has %2 child welfare children; the limit is %3 (LSL 13 b §). Name %1 anyway?</source>
        <translation>Med detta barn har %1 %2 barn inom barnskyddet; gränsen är %3 (BSL 13 b §). Utse %1 ändå?</translation>
    </message>
    <message>
        <source>Choose another responsible social worker, or confirm the caseload.</source>
        <translation>Välj en annan ansvarig socialarbetare, eller bekräfta antalet klienter.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CataloguePage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Ny stödåtgärd</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ta ur bruk</translation>
    </message>
    <message>
        <source>A retired measure is no longer offered; the children who have it keep it.</source>
        <translation>En stödåtgärd som tagits ur bruk erbjuds inte längre; barn som har den behåller den.</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Namn på &amp;finska:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Namn på s&amp;venska:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Lagstöd:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ur bruk)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ClientLogDialog</name>
    <message>
        <source>access-log.csv</source>
        <translation>anvandningslogg.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>anvandningslogg</translation>
    </message>
    <message>
        <source>What is logged about %1</source>
        <translation>Vad som har loggats om %1</translation>
    </message>
    <message>
        <source>Every opening of the case, change, print and export, for a client who asks (asiakastietolaki 703/2023).</source>
        <translation>Varje öppnande av klientrelationen, ändring, utskrift och export, för en klient som begär det (klientdatalagen 703/2023).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Närmare uppgift</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CompensationDialog</name>
    <message>
        <source>Save the compensation as CSV</source>
        <translation>Spara ersättningarna som CSV</translation>
    </message>
    <message>
        <source>compensation-%1.csv</source>
        <translation>ersattningar-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Mark as reported</source>
        <translation>Markera som rapporterad</translation>
    </message>
    <message>
        <source>Mark %1 reported to payroll? Its logs can still be corrected, but each change asks first.</source>
        <translation>Markera %1 som rapporterad till lönehanteringen? Månadens anteckningar kan fortfarande rättas, men varje ändring frågas först.</translation>
    </message>
    <message>
        <source>compensation-%1</source>
        <translation>ersattningar-%1</translation>
    </message>
    <message>
        <source>Reported to payroll: changes to this month&apos;s logs ask first.</source>
        <translation>Rapporterad till lönehanteringen: ändringar i månadens anteckningar frågas först.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) to pay.</source>
        <translation>
            <numerusform>%n utförare att betala.</numerusform>
            <numerusform>%n utförare att betala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensation %1</source>
        <translation>Arvoden och ersättningar %1</translation>
    </message>
    <message>
        <source>Compensation of providers</source>
        <translation>Utförarnas arvoden och ersättningar</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Mark as &amp;reported to payroll…</source>
        <translation>Markera som &amp;rapporterad till lönehanteringen…</translation>
    </message>
    <message>
        <source>Reading the month&apos;s logs…</source>
        <translation>Hämtar månadens anteckningar…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CompensationTableModel</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Vårddygn</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Arvode (€)</translation>
    </message>
    <message>
        <source>Expense allowance (€)</source>
        <translation>Kostnadsersättning (€)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Mileage (€)</source>
        <translation>Kilometerersättning (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Totalt (€)</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DashboardPage</name>
    <message>
        <source>Initiation decisions (7 working days) and service need assessments (3 months) made in each month, on time and late; and each worker&apos;s child welfare children.</source>
        <translation>Beslut om att inleda bedömningen (sju vardagar) och slutförda bedömningar av servicebehovet (tre månader) varje månad, i tid och försenade, samt varje arbetstagares barn inom barnskyddet.</translation>
    </message>
    <message>
        <source>Deadlines met, by month</source>
        <translation>Tidsfrister per månad</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Antal klienter per arbetstagare</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>late</source>
        <translation>försenade</translation>
    </message>
    <message>
        <source>children</source>
        <translation>barn</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>över gränsen</translation>
    </message>
    <message>
        <source>limit %1 (LSL 13 b §)</source>
        <translation>gräns %1 (BSL 13 b §)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DateField</name>
    <message>
        <source>This is not a date. Write it as day.month.year, e.g. 3.3.2026.</source>
        <translation>Detta är inget datum. Skriv det i formen dag.månad.år, t.ex. 3.3.2026.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionForm</name>
    <message>
        <source>(not recorded yet)</source>
        <translation>(inte antecknad ännu)</translation>
    </message>
    <message>
        <source>Found out</source>
        <translation>Utredd</translation>
    </message>
    <message>
        <source>Could not be found out</source>
        <translation>Kunde inte utredas</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(välj)</translation>
    </message>
    <message>
        <source>Error of fact or procedure (HL 50 §)</source>
        <translation>Sakfel eller förfarandefel (FvL 50 §)</translation>
    </message>
    <message>
        <source>Clerical or arithmetic error (HL 51 §)</source>
        <translation>Skriv- eller räknefel (FvL 51 §)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inledande</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsättning</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Avslutande</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(inte utsedd)</translation>
    </message>
    <message>
        <source>Provided by %1 (chosen on the measure).</source>
        <translation>Tjänsten ges av %1 (vald för stödåtgärden).</translation>
    </message>
    <message>
        <source>A day of hearing is not a date: write it as 7.12.2026.</source>
        <translation>Dagen för hörandet är inget datum: skriv den som 7.12.2026.</translation>
    </message>
    <message>
        <source>How it was found out:</source>
        <translation>Hur den utreddes:</translation>
    </message>
    <message>
        <source>Why it could not be:</source>
        <translation>Varför den inte kunde utredas:</translation>
    </message>
    <message>
        <source>days of care a month</source>
        <translation>vårddygn per månad</translation>
    </message>
    <message>
        <source>meetings a month</source>
        <translation>träffar per månad</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>timmar per vecka</translation>
    </message>
    <message>
        <source>Dec&amp;ided:</source>
        <translation>B&amp;eslut om:</translation>
    </message>
    <message>
        <source>Ground of the correction:</source>
        <translation>Grund för rättelsen:</translation>
    </message>
    <message>
        <source>The correction is to a party&apos;s detriment</source>
        <translation>Rättelsen är till nackdel för en part</translation>
    </message>
    <message>
        <source>Consent or hearing (HL 50 § 2 mom):</source>
        <translation>Samtycke eller hörande (FvL 50 § 2 mom.):</translation>
    </message>
    <message>
        <source>Pro&amp;visions applied:</source>
        <translation>&amp;Tillämpade bestämmelser:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>M&amp;ål:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Giltighetstid:</translation>
    </message>
    <message>
        <source>Extent granted:</source>
        <translation>Beviljad omfattning:</translation>
    </message>
    <message>
        <source>Intensified</source>
        <translation>Intensifierat</translation>
    </message>
    <message>
        <source>Fac&amp;ts and evidence:</source>
        <translation>Fa&amp;kta och utredning:</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion:</source>
        <translation>Barnets egen åsikt:</translation>
    </message>
    <message>
        <source>The child&apos;s opinion and wishes:</source>
        <translation>Barnets åsikt och önskemål:</translation>
    </message>
    <message>
        <source>Vie&amp;ws of the guardians:</source>
        <translation>Vårdnadshavarnas åsikt:</translation>
    </message>
    <message>
        <source>Pa&amp;rties:</source>
        <translation>Pa&amp;rter:</translation>
    </message>
    <message>
        <source>Hearing of each party:</source>
        <translation>Hörande av parterna:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation>Beslutsfattare:</translation>
    </message>
    <message>
        <source>More information from:</source>
        <translation>Mer information ger:</translation>
    </message>
    <message>
        <source>Decisions on the services of family social work are always fixed-term: the end date is required.</source>
        <translation>Beslut om tjänster inom socialt arbete för barnfamiljer är alltid tidsbestämda: slutdagen är obligatorisk.</translation>
    </message>
    <message>
        <source>A substitute decides: the child&apos;s responsible social worker is %1.</source>
        <translation>En ersättare fattar beslutet: barnets ansvariga socialarbetare är %1.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionServicePanel</name>
    <message>
        <source>No recipients were recorded when this decision was issued.</source>
        <translation>Inga mottagare antecknades när beslutet meddelades.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>vårdnadshavare</translation>
    </message>
    <message>
        <source>%1 (presumed)</source>
        <translation>%1 (presumtion)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>inte sänt</translation>
    </message>
    <message>
        <source>Record the sending first: the copy shows the recipient&apos;s own last day.</source>
        <translation>Anteckna först sändningen: exemplaret visar mottagarens egen sista dag.</translation>
    </message>
    <message>
        <source>decision-%1-%2</source>
        <translation>beslut-%1-%2</translation>
    </message>
    <message>
        <source>Receipt came back</source>
        <translation>Mottagningsbeviset har kommit</translation>
    </message>
    <message>
        <source>The day %1 received the decision, as written on the receipt.</source>
        <translation>Dagen då %1 fick del av beslutet, enligt mottagningsbeviset.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Delfått:</translation>
    </message>
    <message>
        <source>Request for review</source>
        <translation>Begäran om omprövning</translation>
    </message>
    <message>
        <source>%1 asked for the decision to be reviewed. The decision is not final until the request is decided.</source>
        <translation>%1 begärde omprövning av beslutet. Beslutet vinner inte laga kraft förrän begäran har avgjorts.</translation>
    </message>
    <message>
        <source>Request &amp;arrived on:</source>
        <translation>Begäran &amp;kom in:</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Delgivning</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Copy in</source>
        <translation>Exemplarets språk</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sänt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Delfått</translation>
    </message>
    <message>
        <source>Last day for review</source>
        <translation>Sista dag för omprövning</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Omprövning begärd</translation>
    </message>
    <message>
        <source>Record &amp;sending…</source>
        <translation>Anteckna &amp;sändning…</translation>
    </message>
    <message>
        <source>Receipt came &amp;back…</source>
        <translation>Mottagnings&amp;beviset har kommit…</translation>
    </message>
    <message>
        <source>Request for re&amp;view…</source>
        <translation>Begäran om &amp;omprövning…</translation>
    </message>
    <message>
        <source>The recipient&apos;s copy:</source>
        <translation>Mottagarens exemplar:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionsTab</name>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>It corrects an earlier decision.</source>
        <translation>Beslutet rättar ett tidigare beslut.</translation>
    </message>
    <message>
        <source>Before it can be issued:
• %1</source>
        <translation>Innan beslutet kan meddelas:
• %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, från %2</translation>
    </message>
    <message>
        <source>A decision is made on a measure: add the measure first.</source>
        <translation>Beslut fattas om en stödåtgärd: lägg först till stödåtgärden.</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <source>The decision is about:</source>
        <translation>Beslutet gäller:</translation>
    </message>
    <message>
        <source>Issue the decision</source>
        <translation>Meddela beslutet</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Meddelat den:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Beslut om</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Nytt beslut…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>&amp;Meddela beslutet…</translation>
    </message>
    <message>
        <source>C&amp;orrecting decision</source>
        <translation>R&amp;ättelsebeslut</translation>
    </message>
    <message>
        <source>Decision %1, issued on %2. It is kept exactly as issued; a change is made by a correcting decision.</source>
        <translation>Beslut %1, meddelat den %2. Det bevaras exakt sådant det meddelades; en ändring görs genom ett rättelsebeslut.</translation>
    </message>
    <message>
        <source>decision-draft</source>
        <translation>beslutsutkast</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>upphör %1</translation>
    </message>
    <message>
        <source>Issuing gives the decision its number and freezes it: it is kept exactly as issued. A decision dated before its draft was made, or more than %1 days back, needs a reason, which the history keeps.</source>
        <translation>När beslutet meddelas får det sitt nummer och låses: det bevaras exakt som det meddelades. Ett beslut som dateras före utkastet eller mer än %1 dagar bakåt behöver en orsak, som sparas i historiken.</translation>
    </message>
    <message>
        <source>Reason for an earlier &amp;date:</source>
        <translation>Orsak till ett tidigare &amp;datum:</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 sända</translation>
    </message>
    <message>
        <source>awaiting a receipt</source>
        <translation>väntar på mottagningsbevis</translation>
    </message>
    <message>
        <source>review time until %1</source>
        <translation>omprövningstid till %1</translation>
    </message>
    <message>
        <source>review requested</source>
        <translation>omprövning begärd</translation>
    </message>
    <message>
        <source>final from %1</source>
        <translation>laga kraft %1</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Delgivning</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DocumentButtons</name>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>In the client&apos;s language</source>
        <translation>På klientens språk</translation>
    </message>
    <message>
        <source>The language of the printed document. In its own language a signed agreement or an issued decision is printed exactly as it was made.</source>
        <translation>Språket i det utskrivna dokumentet. På sitt eget språk skrivs ett undertecknat avtal eller ett meddelat beslut ut exakt så som det gjordes.</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Förhandsgranska &amp;utskrift…</translation>
    </message>
    <message>
        <source>Sav&amp;e as PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print with the system&apos;s print dialog (%1)</source>
        <translation>Skriv ut via systemets utskriftsdialog (%1)</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>till: %1</translation>
    </message>
    <message>
        <source>%1; for: %2</source>
        <translation>%1; till: %2</translation>
    </message>
    <message>
        <source>For whom and why</source>
        <translation>Till vem och varför</translation>
    </message>
    <message>
        <source>For whom and why?</source>
        <translation>Till vem och varför?</translation>
    </message>
    <message>
        <source>Optional. E.g. &quot;the guardian, by post&quot; or &quot;the district court, on request&quot;: written to the client&apos;s access log with the print or the PDF.</source>
        <translation>Frivilligt. T.ex. ”till vårdnadshavaren per post” eller ”till tingsrätten på begäran”: antecknas i klientens användningslogg tillsammans med utskriften eller PDF-filen.</translation>
    </message>
    <message>
        <source>The document was not found. It may have been removed; open the case again.</source>
        <translation>Dokumentet hittades inte. Det kan ha tagits bort; öppna klientrelationen på nytt.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DocumentsPage</name>
    <message>
        <source>empty: the built-in templates</source>
        <translation>tom: de inbyggda mallarna</translation>
    </message>
    <message>
        <source>The organiser&apos;s own templates replace the built-in ones: a folder with fi/ and sv/ holding any of decision.html, support_family_agreement.html, support_person_agreement.html, family_work_agreement.html, client_plan.html and contact_form.html. A broken template is reported by its line and the built-in one used.</source>
        <translation>Anordnarens egna mallar ersätter de inbyggda: en mapp vars undermappar fi/ och sv/ innehåller någon av filerna decision.html, support_family_agreement.html, support_person_agreement.html, family_work_agreement.html, client_plan.html och contact_form.html. För en felaktig mall anges raden med felet, och den inbyggda mallen används.</translation>
    </message>
    <message>
        <source>Choose a fo&amp;lder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <source>Choose a lo&amp;go…</source>
        <translation>Välj &amp;logotyp…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>Ta bort lo&amp;gotypen</translation>
    </message>
    <message>
        <source>&amp;Templates folder:</source>
        <translation>&amp;Mallmapp:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <source>Printed at the left of the letterhead on every page of every document.</source>
        <translation>Skrivs ut till vänster i sidhuvudet på varje sida i varje dokument.</translation>
    </message>
    <message>
        <source>&amp;Save document settings</source>
        <translation>&amp;Spara dokumentinställningarna</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Mallmapp</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>The file %1 is not an image this program can read (%2).</source>
        <translation>Filen %1 är ingen bild som programmet kan läsa (%2).</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(ingen logotyp)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>Familjen %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>född %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>inga öppna</translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation>Ta bort från familjen</translation>
    </message>
    <message>
        <source>Remove %1 from the family %2? The person&apos;s records and cases are kept.</source>
        <translation>Vill du ta bort %1 från familjen %2? Personens uppgifter och klientrelationer finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Medlemmar:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Klientrelationer:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientrelation</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lägg till person…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Ta bort från familjen</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Öppna klientrelation</translation>
    </message>
    <message>
        <source>&amp;New notification…</source>
        <translation>&amp;Ny anmälan…</translation>
    </message>
    <message>
        <source>Record a contact or a child welfare notification about a child of this family. A child with an open case gets it on that case.</source>
        <translation>Anteckna en kontakt eller en barnskyddsanmälan om ett barn i familjen. Har barnet en öppen klientrelation antecknas den där.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FieldCopyExportDialog</name>
    <message>
        <source>Save the Field Copy</source>
        <translation>Spara fältkopian</translation>
    </message>
    <message>
        <source>Field copies (*.%1)</source>
        <translation>Fältkopior (*.%1)</translation>
    </message>
    <message>
        <source>The passwords differ: type the same password twice.</source>
        <translation>Lösenorden skiljer sig: skriv samma lösenord två gånger.</translation>
    </message>
    <message>
        <source>Choose the file to write the field copy to.</source>
        <translation>Välj filen som fältkopian skrivs till.</translation>
    </message>
    <message>
        <source>Field Copy for a Laptop</source>
        <translation>Fältkopia för en bärbar dator</translation>
    </message>
    <message>
        <source>The ticked families go into one encrypted file with all their records, to be imported on the laptop you take to home visits. Import the laptop&apos;s field copy here when you are back: changes made on one side are taken, and changes made on both sides are shown to you side by side.</source>
        <translation>De markerade familjerna skrivs med alla sina uppgifter i en krypterad fil som importeras i den bärbara dator du tar med på hembesök. Importera den bärbara datorns fältkopia här när du är tillbaka: ändringar som gjorts på den ena sidan tas in, och ändringar som gjorts på båda sidorna visas för dig sida vid sida.</translation>
    </message>
    <message>
        <source>&amp;Families (your open cases and the family in view):</source>
        <translation>&amp;Familjer (dina öppna klientrelationer och familjen som visas):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>At least %1 characters. Tell it to nobody; without it the file cannot be opened.</source>
        <translation>Minst %1 tecken. Berätta det inte för någon; utan det kan filen inte öppnas.</translation>
    </message>
    <message>
        <source>&amp;Write the Field Copy</source>
        <translation>&amp;Skriv fältkopian</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Show only names with…</source>
        <translation>Visa bara namn med…</translation>
    </message>
    <message>
        <source>Show only families whose names contain</source>
        <translation>Visa bara familjer vars namn innehåller</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Lösenordet på &amp;nytt:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FieldCopyImportDialog</name>
    <message>
        <source>Made by %1 on %2; families: %3.</source>
        <translation>Gjord av %1, %2; familjer: %3.</translation>
    </message>
    <message>
        <source>New records: %1. Changed in the field copy only (taken): %2. Changed here only (kept): %3. Unchanged: %4.</source>
        <translation>Nya uppgifter: %1. Ändrade endast i fältkopian (tas in): %2. Ändrade endast här (behålls): %3. Oförändrade: %4.</translation>
    </message>
    <message>
        <source>Nothing was changed on both sides.</source>
        <translation>Ingenting har ändrats på båda sidorna.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: choose which version to keep. An undecided one stays as it is here and comes back when you import the file again.</source>
        <translation>
            <numerusform>%n uppgift har ändrats på båda sidorna: välj vilken version som behålls. En som inte avgjorts förblir som den är här och kommer tillbaka när du importerar filen på nytt.</numerusform>
            <numerusform>%n uppgifter har ändrats på båda sidorna: välj vilken version som behålls. En som inte avgjorts förblir som den är här och kommer tillbaka när du importerar filen på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Behåll den här datorns</translation>
    </message>
    <message>
        <source>Take the field copy&apos;s</source>
        <translation>Ta fältkopians</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Version som behålls: %1</translation>
    </message>
    <message>
        <source>Import a Field Copy</source>
        <translation>Importera en fältkopia</translation>
    </message>
    <message>
        <source>Field copy: %1</source>
        <translation>Fältkopia: %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Lä&amp;s</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Uppgift och fält</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>The field copy</source>
        <translation>Fältkopian</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>ändrad %1</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>ändrad %1 av %2</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Tukipolku</source>
        <translation>Välkommen till Tukipolku</translation>
    </message>
    <message>
        <source>A new database</source>
        <translation>En ny databas</translation>
    </message>
    <message>
        <source>&amp;Set up my unit: the organisation and who I am (a minute; anything can be left for later)</source>
        <translation>Ställ in &amp;min enhet: organisationen och vem jag är (en minut; allt kan lämnas till senare)</translation>
    </message>
    <message>
        <source>&amp;Look around first on fictional demo families (a separate demo database; this one stays empty for your unit)</source>
        <translation>&amp;Bekanta dig först med fiktiva demofamiljer (en separat demodatabas; den här förblir tom för din enhet)</translation>
    </message>
    <message>
        <source>This database holds no work yet. How do you want to start?</source>
        <translation>Den här databasen innehåller ännu inget arbete. Hur vill du börja?</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Printed on every decision, agreement and form. Leave empty to fill in later in Settings ▸ Organisation, where the addresses and the board for requests for review are too.</source>
        <translation>Skrivs ut i varje beslut, avtal och blankett. Lämna tomt om du fyller i uppgifterna senare under Inställningar ▸ Organisation, där också adresserna och organet som behandlar begäran om omprövning finns.</translation>
    </message>
    <message>
        <source>wellbeing services county or municipality</source>
        <translation>välfärdsområde eller kommun</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Anordnare:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>Who is using this workstation</source>
        <translation>Vem använder den här arbetsstationen</translation>
    </message>
    <message>
        <source>Every change is recorded in the name of the worker who made it, and &quot;My cases&quot; shows yours. Leave empty to add workers later in Settings ▸ Workers.</source>
        <translation>Varje ändring registreras i namnet på den arbetstagare som gjorde den, och ”Mina klientrelationer” visar dina. Lämna tomt om du lägger till arbetstagare senare under Inställningar ▸ Arbetstagare.</translation>
    </message>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>t.ex. socialarbetare, socialhandledare, familjearbetare</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Cannot save the organisation</source>
        <translation>Organisationens uppgifter kan inte sparas</translation>
    </message>
    <message>
        <source>Cannot save the worker</source>
        <translation>Arbetstagaren kan inte sparas</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>A checked backup is written into this folder when you close the program after changes. Choose a protected disk or the organisation&apos;s network share. Leave empty to choose it later in Settings ▸ Backups — until then nothing is backed up.</source>
        <translation>En kontrollerad säkerhetskopia skrivs i den här mappen när du stänger programmet efter ändringar. Välj en skyddad disk eller organisationens nätverksenhet. Lämna tomt om du väljer den senare under Inställningar ▸ Säkerhetskopior – tills dess säkerhetskopieras ingenting.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Mapp för säkerhetskopior:</translation>
    </message>
    <message>
        <source>I &amp;make decisions on services (the organiser&apos;s rules give me the authority)</source>
        <translation>Jag &amp;fattar beslut om tjänster (anordnarens regler ger mig beslutanderätt)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::HearingsTable</name>
    <message>
        <source>(heard)</source>
        <translation>(hörd)</translation>
    </message>
    <message>
        <source>1: claim dismissed or plainly unfounded</source>
        <translation>1: yrkandet avvisas eller avslås genast som ogrundat</translation>
    </message>
    <message>
        <source>4: hearing would endanger the purpose, or delay harm</source>
        <translation>4: hörandet skulle äventyra syftet eller dröjsmålet orsaka skada</translation>
    </message>
    <message>
        <source>5: claim granted, or hearing clearly needless</source>
        <translation>5: yrkandet godkänns eller hörandet är uppenbart onödigt</translation>
    </message>
    <message>
        <source>e.g. at a meeting at the office</source>
        <translation>t.ex. vid ett möte på byrån</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Hörd den</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>Or not heard: HL 34 § 2 mom</source>
        <translation>Eller utan hörande: FvL 34 § 2 mom.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::HelpWindow</name>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>Framåt →</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::InitiationForm</name>
    <message>
        <source>(not recorded)</source>
        <translation>(inte antecknat)</translation>
    </message>
    <message>
        <source>The decision on the assessment is due 7 working days after the day received.</source>
        <translation>Beslutet om bedömningen ska fattas inom 7 vardagar efter mottagningsdagen.</translation>
    </message>
    <message>
        <source>Decision on the assessment due by %1 (7 working days); the assessment must be completed by %2.</source>
        <translation>Beslut om bedömningen senast %1 (7 vardagar); bedömningen ska vara slutförd senast %2.</translation>
    </message>
    <message>
        <source>Contact or notification</source>
        <translation>Kontakt eller anmälan</translation>
    </message>
    <message>
        <source>Urgency assessment (immediately)</source>
        <translation>Bedömning av hur brådskande behovet är (omedelbart)</translation>
    </message>
    <message>
        <source>Decision on the service need assessment</source>
        <translation>Beslut om bedömning av servicebehovet</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Mottagen:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Kontakts&amp;ätt:</translation>
    </message>
    <message>
        <source>Contact &amp;made by:</source>
        <translation>Kontakt tagen av:</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>M&amp;yndighet:</translation>
    </message>
    <message>
        <source>Child &amp;welfare notification</source>
        <translation>Ba&amp;rnskyddsanmälan</translation>
    </message>
    <message>
        <source>&amp;Notified by:</source>
        <translation>Anmä&amp;lare:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Orsaker:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>B&amp;eskrivning:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Bed&amp;ömd den:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Brådskande &amp;karaktär:</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Be&amp;dömd av:</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Inte bedömd ännu</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Inte brådskande</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Assessment starts:</source>
        <translation>Bedöm&amp;ningen inleds:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Beslu&amp;tat den:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>Varför inte:</translation>
    </message>
    <message>
        <source>Child and guardian informed:</source>
        <translation>Barn &amp;och vårdnadshavare informerade:</translation>
    </message>
    <message>
        <source>The child and the guardian must be told that the notification was received (LSL 26 § 3).</source>
        <translation>Barnet och vårdnadshavaren ska underrättas om att anmälan har tagits emot (BSL 26 § 3).</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Inte beslutat ännu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>The day the contact or notification reached social care. The deadlines are counted from it: day 1 is the next working day.</source>
        <translation>Den dag kontakten eller anmälan kom till socialvården. Tidsfristerna räknas från den: dag 1 är följande vardag.</translation>
    </message>
    <message>
        <source>A child welfare notification (LSL 25 §): professionals such as school, health care and police staff must make one; anyone else may. It starts the same 7-working-day decision as any other contact.</source>
        <translation>En barnskyddsanmälan (BSL 25 §): yrkespersoner inom till exempel skola, hälso- och sjukvård och polis är skyldiga att göra en, andra får göra det. Den inleder samma tidsfrist på sju vardagar som andra kontakter.</translation>
    </message>
    <message>
        <source>Whether the child needs urgent child welfare measures is assessed at once when the contact arrives (LSL 26 § 2), before anything else.</source>
        <translation>Om barnet behöver brådskande barnskyddsåtgärder bedöms omedelbart när kontakten kommer (BSL 26 § 2), före allt annat.</translation>
    </message>
    <message>
        <source>Within 7 working days it is decided whether a service need assessment starts (LSL 26 § 3). The deadline above shows the last day.</source>
        <translation>Inom sju vardagar avgörs om en bedömning av servicebehovet inleds (BSL 26 § 3). Tidsfristen ovan visar den sista dagen.</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Tagen in i det pågående arbetet</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Inga vidare åtgärder</translation>
    </message>
    <message>
        <source>Decision on this notification due by %1 (7 working days).</source>
        <translation>Beslut om denna anmälan senast %1 (7 vardagar).</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <source>A notification on an open case is decided within 7 working days too: taken into the ongoing work, or no further action with the reason.</source>
        <translation>Även om en anmälan i en öppen klientrelation beslutas inom 7 vardagar: den tas in i det pågående arbetet, eller inga vidare åtgärder med skälet.</translation>
    </message>
    <message>
        <source>Report to the police (LSL 25 § 3)</source>
        <translation>Anmälan till polisen (BSL 25 § 3)</translation>
    </message>
    <message>
        <source>When there is reason to suspect a violent or sexual offence against the child, a report is made to the police without delay.</source>
        <translation>När det finns skäl att misstänka ett våldsbrott eller sexualbrott mot barnet görs en anmälan till polisen utan dröjsmål.</translation>
    </message>
    <message>
        <source>Police told:</source>
        <translation>Polisen underrättad:</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>Anmält den:</translation>
    </message>
    <message>
        <source>Why not reported:</source>
        <translation>Varför inte anmält:</translation>
    </message>
    <message>
        <source>Decision on the notification (7 working days)</source>
        <translation>Beslut om anmälan (7 vardagar)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::InitiationsTab</name>
    <message>
        <source>contact-form-%1</source>
        <translation>kontaktblankett-%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The notification shown has changes that are not saved. Discard them?</source>
        <translation>Den visade anmälan har ändringar som inte sparats. Förkasta dem?</translation>
    </message>
    <message>
        <source>New notification (not saved)</source>
        <translation>Ny anmälan (inte sparad)</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 (opened the case)</source>
        <translation>%1 (öppnade klientrelationen)</translation>
    </message>
    <message>
        <source>Notifications and contacts:</source>
        <translation>Anmälningar och kontakter:</translation>
    </message>
    <message>
        <source>Record a new child welfare notification or contact about this child on this case. It has its own urgency assessment and its own 7-working-day decision.</source>
        <translation>Anteckna en ny barnskyddsanmälan eller kontakt om barnet i denna klientrelation. Den har en egen bedömning av brådskandet och ett eget beslut inom 7 vardagar.</translation>
    </message>
    <message>
        <source>Contact form (SHL 35 §) as saved:</source>
        <translation>Kontaktblankett (SVL 35 §) med sparade uppgifter:</translation>
    </message>
    <message>
        <source>The form &quot;Contact with social care for assessing the need for support&quot;, filled in from this initiation: the child, the guardians, who contacted and why.</source>
        <translation>Blanketten ”Kontakt med socialvården för bedömning av stödbehovet” ifylld från detta anhängiggörande: barnet, vårdnadshavarna, vem som tog kontakt och varför.</translation>
    </message>
    <message>
        <source>New notification…</source>
        <translation>Ny anmälan…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::LanguagePage</name>
    <message>
        <source>The language of the program on this workstation. Documents are printed in the client&apos;s language whatever this is, unless you choose otherwise when printing.</source>
        <translation>Programmets språk på den här arbetsstationen. Dokument skrivs ut på klientens språk oberoende av detta, om du inte väljer annat när du skriver ut.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::LogPanel</name>
    <message>
        <source>This month: %1 of %2 days of care</source>
        <translation>Denna månad: %1 av %2 vårddygn</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>inställd</translation>
    </message>
    <message>
        <source>%1 days of care</source>
        <translation>%1 vårddygn</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>This month: %1 of %2 meetings</source>
        <translation>Denna månad: %1 av %2 träffar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This month: %1 of %2 hours</source>
        <translation>Denna månad: %1 av %2 timmar</translation>
    </message>
    <message>
        <source>%1 (present: %2)</source>
        <translation>%1 (närvarande: %2)</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Vårddygn</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>&amp;New stay</source>
        <translation>&amp;Ny vistelse</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Vistelse</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dygn</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometerersättning</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Orsak till inställandet</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Wh&amp;at was done:</source>
        <translation>Vad som &amp;gjordes:</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Ny träff</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>An&amp;teckning:</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nytt besök</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>M&amp;inutes:</source>
        <translation>&amp;Minuter:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>Närvarand&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Km:</source>
        <translation>&amp;Km:</translation>
    </message>
    <message>
        <source>&amp;Cancelled, because:</source>
        <translation>&amp;Inställd, orsak:</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Registrera</translation>
    </message>
    <message>
        <source>Saves the entry (Enter)</source>
        <translation>Sparar anteckningen (Enter)</translation>
    </message>
    <message>
        <source>Change a reported month?</source>
        <translation>Ändra en rapporterad månad?</translation>
    </message>
    <message>
        <source>The compensation for %1 has already been reported to payroll. Record this anyway? Tell payroll of the correction.</source>
        <translation>Ersättningarna för %1 har redan rapporterats till lönehanteringen. Registrera detta ändå? Meddela lönehanteringen om rättelsen.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Tukipolku</source>
        <translation>&amp;Om Tukipolku</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>%1 – Tukipolku</source>
        <translation>%1 – Tukipolku</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ingen databas är öppen</translation>
    </message>
    <message>
        <source>Tukipolku</source>
        <translation>Tukipolku</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite)</source>
        <translation>Tukipolku-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Databasen kan inte skapas</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new name, or open the file with File &gt; Open Database.</source>
        <translation>Filen %1 finns redan. Välj ett nytt namn eller öppna filen med Arkiv &gt; Öppna databas.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite);;All files (*)</source>
        <translation>Tukipolku-databaser (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>About Tukipolku</source>
        <translation>Om Tukipolku</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tukipolku %1&lt;/h3&gt;&lt;p&gt;Case work for family social work and child welfare open care.&lt;/p&gt;&lt;p&gt;Built from commit %2.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tukipolku %1&lt;/h3&gt;&lt;p&gt;Klientarbete inom socialt arbete för barnfamiljer och barnskyddets öppenvård.&lt;/p&gt;&lt;p&gt;Byggt från commit %2.&lt;/p&gt;&lt;p&gt;Detta program är fri programvara: du får sprida och ändra det enligt villkoren i GNU General Public License, version 3 eller senare. Programmet levereras utan garanti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;Family…</source>
        <translation>Ny &amp;familj…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Case List</source>
        <translation>&amp;Klientrelationer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>The Case&apos;s &amp;Family</source>
        <translation>Klientrelationens &amp;familj</translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation>&amp;Arbetstagare…</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Utförare</translation>
    </message>
    <message>
        <source>Measure &amp;Catalogue…</source>
        <translation>Förteckning över s&amp;tödåtgärder…</translation>
    </message>
    <message>
        <source>Compensation &amp;Rates…</source>
        <translation>&amp;Ersättningstaxor…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>&amp;Blank Contact Form…</source>
        <translation>&amp;Tom kontaktblankett…</translation>
    </message>
    <message>
        <source>&amp;All Settings…</source>
        <translation>Alla &amp;inställningar…</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Demodatabasen kan inte skapas</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Arbetslista</translation>
    </message>
    <message>
        <source>Co&amp;mpensation of Providers…</source>
        <translation>Utförarnas arvoden och &amp;ersättningar…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Lägesbild</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <source>Open the family or a case of the family you visit first.</source>
        <translation>Öppna först sidan för familjen du besöker eller en av dess klientrelationer.</translation>
    </message>
    <message>
        <source>End the home visit</source>
        <translation>Avsluta hembesöket</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Din PIN-kod:</translation>
    </message>
    <message>
        <source>Start a &amp;Home Visit…</source>
        <translation>Inled ett &amp;hembesök…</translation>
    </message>
    <message>
        <source>Shows only the family in view until you end the visit with your PIN.</source>
        <translation>Visar endast familjen som syns tills du avslutar besöket med din PIN-kod.</translation>
    </message>
    <message>
        <source>&amp;End the Home Visit…</source>
        <translation>Avsluta hem&amp;besöket…</translation>
    </message>
    <message>
        <source>Client&apos;s access log</source>
        <translation>Klientens användningslogg</translation>
    </message>
    <message>
        <source>Open the client&apos;s case first.</source>
        <translation>Öppna först klientens klientrelation.</translation>
    </message>
    <message>
        <source>Client&apos;s Access &amp;Log…</source>
        <translation>Klientens användnings&amp;logg…</translation>
    </message>
    <message>
        <source>Everything logged about the child of the case in view, for a client who asks.</source>
        <translation>Allt som har loggats om barnet i den klientrelation som visas, för en klient som begär det.</translation>
    </message>
    <message>
        <source>Field copy written</source>
        <translation>Fältkopian skriven</translation>
    </message>
    <message>
        <source>The field copy %1 is written. Import it on the laptop with File ▸ Import a Field Copy, and bring the laptop&apos;s own field copy back the same way.</source>
        <translation>Fältkopian %1 är skriven. Importera den i den bärbara datorn med Arkiv ▸ Importera en fältkopia, och för tillbaka den bärbara datorns egen fältkopia på samma sätt.</translation>
    </message>
    <message>
        <source>Import a Field Copy</source>
        <translation>Importera en fältkopia</translation>
    </message>
    <message>
        <source>Field copies (*.%1);;All files (*)</source>
        <translation>Fältkopior (*.%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Field Cop&amp;y for a Laptop…</source>
        <translation>Fältkopia för en &amp;bärbar dator…</translation>
    </message>
    <message>
        <source>Families and all their records in one encrypted file, for work without a network.</source>
        <translation>Familjer med alla sina uppgifter i en krypterad fil, för arbete utan nätverk.</translation>
    </message>
    <message>
        <source>&amp;Import a Field Copy…</source>
        <translation>I&amp;mportera en fältkopia…</translation>
    </message>
    <message>
        <source>The daily backup was written: %1</source>
        <translation>Den dagliga säkerhetskopian skrevs: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Home visit: only this family is shown. End the visit with your PIN (File ▸ End the Home Visit…).</source>
        <translation>Hembesök: bara den här familjen visas. Avsluta besöket med din PIN-kod (Arkiv ▸ Avsluta hembesöket…).</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Show the backups now?</source>
        <translation>Visa säkerhetskopiorna nu?</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Databasen kontrolleras…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MePage</name>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>t.ex. socialarbetare, socialhandledare, familjearbetare</translation>
    </message>
    <message>
        <source>Printed on decisions and agreements as the number that gives more information.</source>
        <translation>Skrivs ut i beslut och avtal som det nummer som ger mer information.</translation>
    </message>
    <message>
        <source>&amp;Save my details</source>
        <translation>&amp;Spara mina uppgifter</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>You use this workstation as %1. Changes you make are recorded in this name.</source>
        <translation>Du använder den här arbetsstationen som %1. Ändringar som du gör registreras i det namnet.</translation>
    </message>
    <message>
        <source>You have not chosen who you are on this workstation. Add yourself or choose yourself on the Workers page.</source>
        <translation>Du har inte valt vem du är på den här arbetsstationen. Lägg till eller välj dig själv på sidan Arbetstagare.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MeasureDialog</name>
    <message>
        <source>Measure for %1</source>
        <translation>Stödåtgärd för %1</translation>
    </message>
    <message>
        <source>Type to find a measure</source>
        <translation>Skriv för att söka en stödåtgärd</translation>
    </message>
    <message>
        <source>Intensified family work</source>
        <translation>Intensifierat familjearbete</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>Stöd&amp;åtgärd:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Rättslig grund:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Börjar:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>&amp;Planerat slut:</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Utförare:</translation>
    </message>
    <message>
        <source>&amp;Days of care a month:</source>
        <translation>&amp;Vårddygn per månad:</translation>
    </message>
    <message>
        <source>Meetings a &amp;month:</source>
        <translation>&amp;Träffar per månad:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>T&amp;immar per vecka:</translation>
    </message>
    <message>
        <source>A support family usually has the child one weekend a month: two days of care.</source>
        <translation>Barnet är vanligen i stödfamiljen ett veckoslut i månaden: två vårddygn.</translation>
    </message>
    <message>
        <source>A support person usually meets the child once or twice a month.</source>
        <translation>En stödperson träffar vanligen barnet en eller två gånger i månaden.</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ingen utsedd)</translation>
    </message>
    <message>
        <source>room for a child</source>
        <translation>plats för ett barn</translation>
    </message>
    <message>
        <source>full</source>
        <translation>fullt</translation>
    </message>
    <message>
        <source>speaks the child&apos;s language</source>
        <translation>talar barnets språk</translation>
    </message>
    <message>
        <source>other ages</source>
        <translation>för andra åldrar</translation>
    </message>
    <message>
        <source>Choose the measure from the list.</source>
        <translation>Välj stödåtgärden i listan.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MeasuresTab</name>
    <message>
        <source>%1 / %2 this month</source>
        <translation>%1 / %2 denna månad</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>BSL</translation>
    </message>
    <message>
        <source>SHL</source>
        <translation>SVL</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>End the measure</source>
        <translation>Avsluta stödåtgärden</translation>
    </message>
    <message>
        <source>The measure %1 ends on the day you enter. Its log stays.</source>
        <translation>Stödåtgärden %1 avslutas den dag som du anger. Dess anteckningar finns kvar.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Avslutat den:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Stödåtgärd</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>&amp;Lägg till stödåtgärd…</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>Avsl&amp;uta…</translation>
    </message>
    <message>
        <source>No measures yet. Add one from the catalogue: support family, support person, family work and the other services.</source>
        <translation>Inga stödåtgärder ännu. Lägg till en från katalogen: stödfamilj, stödperson, familjearbete och de andra tjänsterna.</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Avsluta avtalet</translation>
    </message>
    <message>
        <source>The measure ended. End its agreement (version %1) on the same day?</source>
        <translation>Stödåtgärden avslutades. Vill du avsluta dess avtal (version %1) samma dag?</translation>
    </message>
    <message>
        <source>The measure ended.</source>
        <translation>Stödåtgärden avslutades.</translation>
    </message>
    <message>
        <source>Ma&amp;ke agreement</source>
        <translation>U&amp;pprätta avtal</translation>
    </message>
    <message>
        <source>Make &amp;decision</source>
        <translation>Fa&amp;tta beslut</translation>
    </message>
    <message>
        <source>A decision on this measure, pre-filled from it and the case.</source>
        <translation>Ett beslut om denna stödåtgärd, förifyllt med uppgifter från den och från klientrelationen.</translation>
    </message>
    <message>
        <source>A written agreement for a support family, a support person or family work, pre-filled from this measure.</source>
        <translation>Ett skriftligt avtal om stödfamilj, stödperson eller familjearbete, förifyllt med uppgifterna om denna stödåtgärd.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NewCaseDialog</name>
    <message>
        <source>New case – family %1</source>
        <translation>Ny klientrelation – familjen %1</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Barn:</translation>
    </message>
    <message>
        <source>Why a case of its o&amp;wn:</source>
        <translation>Varför en e&amp;gen klientrelation:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Öppna klientrelationen</translation>
    </message>
    <message>
        <source>%1 has an open case %2. The notification is recorded on that case, with its own urgency assessment and 7-working-day decision. Only if it must be a case of its own, write why.</source>
        <translation>%1 har en öppen klientrelation %2. Anmälan antecknas i den, med en egen bedömning av brådskandet och ett eget beslut inom 7 vardagar. Skriv skälet endast om den måste bli en egen klientrelation.</translation>
    </message>
    <message>
        <source>&amp;Record on case %1</source>
        <translation>&amp;Anteckna i klientrelation %1</translation>
    </message>
    <message>
        <source>&amp;Open a case of its own</source>
        <translation>&amp;Öppna en egen klientrelation</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NewFamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Ny familj</translation>
    </message>
    <message>
        <source>Give the family a name, usually the family name. You add the children, guardians and other members next.</source>
        <translation>Ge familjen ett namn, vanligen efternamnet. Barnen, vårdnadshavarna och de andra medlemmarna lägger du till härnäst.</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>Familjens &amp;namn:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NotifierGroup</name>
    <message>
        <source>Who notified or contacted</source>
        <translation>Anmälare eller kontaktperson</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Wishes to stay anonymous</source>
        <translation>Vill vara anonym</translation>
    </message>
    <message>
        <source>A private person may notify without giving their name. A professional obliged to notify gives their name.</source>
        <translation>En privatperson får anmäla utan att uppge sitt namn. En yrkesperson med anmälningsplikt uppger sitt namn.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::OrganisationPage</name>
    <message>
        <source>The organiser and the unit</source>
        <translation>Anordnaren och enheten</translation>
    </message>
    <message>
        <source>Requests for review</source>
        <translation>Begäran om omprövning</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Anordnare:</translation>
    </message>
    <message>
        <source>wellbeing services county or municipality</source>
        <translation>välfärdsområde eller kommun</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>&amp;Postadress:</translation>
    </message>
    <message>
        <source>street or PO box, e.g. PL 100</source>
        <translation>gatuadress eller postbox, t.ex. PB 100</translation>
    </message>
    <message>
        <source>Post&amp;al code:</source>
        <translation>Post&amp;nummer:</translation>
    </message>
    <message>
        <source>e.g. 96101</source>
        <translation>t.ex. 96101</translation>
    </message>
    <message>
        <source>Post o&amp;ffice:</source>
        <translation>Postansta&amp;lt:</translation>
    </message>
    <message>
        <source>&amp;Visiting address:</source>
        <translation>&amp;Besöksadress:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone &amp;hours:</source>
        <translation>Telefonti&amp;d:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–10</source>
        <translation>t.ex. mån–fre kl. 9–10</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-po&amp;st:</translation>
    </message>
    <message>
        <source>Child welfare on-&amp;call line:</source>
        <translation>Barnskydds&amp;jouren:</translation>
    </message>
    <message>
        <source>Document foo&amp;ter:</source>
        <translation>Dokumen&amp;tets sidfot:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>the board that hears requests for review</source>
        <translation>det organ som behandlar begäran om omprövning</translation>
    </message>
    <message>
        <source>Printed on decisions and on the contact form, so that a family knows whom to call in an emergency outside office hours (lastensuojelun päivystys).</source>
        <translation>Skrivs ut i beslut och på kontaktblanketten, så att familjen vet vart den ska ringa i nödsituationer utanför tjänstetid (barnskyddsjouren).</translation>
    </message>
    <message>
        <source>A decision&apos;s appeal instructions name this board: the client sends the request for review to it within 30 days. Without it a decision cannot be issued.</source>
        <translation>Anvisningen om begäran om omprövning i ett beslut anger detta organ: klienten skickar begäran om omprövning dit inom 30 dagar. Utan det kan inget beslut meddelas.</translation>
    </message>
    <message>
        <source>&amp;Save organisation</source>
        <translation>Spara organisationens &amp;uppgifter</translation>
    </message>
    <message>
        <source>Where they appear:</source>
        <translation>Var uppgifterna syns:</translation>
    </message>
    <message>
        <source>Letterhead of every page</source>
        <translation>Sidhuvudet på varje sida</translation>
    </message>
    <message>
        <source>Contact details on decisions and forms</source>
        <translation>Kontaktuppgifter i beslut och blanketter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Foot of every page</source>
        <translation>Sidfoten på varje sida</translation>
    </message>
    <message>
        <source>Appeal instructions of a decision made today</source>
        <translation>Anvisning om begäran om omprövning för ett beslut som fattas i dag</translation>
    </message>
    <message>
        <source>Organiser in S&amp;wedish:</source>
        <translation>Anordnare på s&amp;venska:</translation>
    </message>
    <message>
        <source>for documents in Swedish</source>
        <translation>för dokument på svenska</translation>
    </message>
    <message>
        <source>Unit &amp;in Swedish:</source>
        <translation>Enhet på svens&amp;ka:</translation>
    </message>
    <message>
        <source>Boa&amp;rd in Swedish:</source>
        <translation>Or&amp;gan på svenska:</translation>
    </message>
    <message>
        <source>Re&amp;gistry address:</source>
        <translation>&amp;Registratorskontorets adress:</translation>
    </message>
    <message>
        <source>where requests are delivered, e.g. PL 200, 96101 Rovaniemi</source>
        <translation>dit begäran lämnas, t.ex. PB 200, 96101 Rovaniemi</translation>
    </message>
    <message>
        <source>Registry e-&amp;mail:</source>
        <translation>Reg&amp;istratorskontorets e-post:</translation>
    </message>
    <message>
        <source>Registr&amp;y opening hours:</source>
        <translation>Registratorskontorets &amp;öppettider:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–15</source>
        <translation>t.ex. mån–fre 9–15</translation>
    </message>
    <message>
        <source>A request for review must reach the registry before it closes on the last day: the appeal instructions print these hours. Without them a decision cannot be issued.</source>
        <translation>Begäran om omprövning ska ha kommit in till registratorskontoret innan det stänger den sista dagen: anvisningen om begäran om omprövning anger dessa tider. Utan dem kan ett beslut inte meddelas.</translation>
    </message>
    <message>
        <source>On documents in Swedish</source>
        <translation>På dokument på svenska</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PersonDialog</name>
    <message>
        <source>No identity code: enter the birth date instead.</source>
        <translation>Ingen personbeteckning: skriv födelsedatumet i stället.</translation>
    </message>
    <message>
        <source>✓ Valid: born %1, %2.</source>
        <translation>✓ Giltig: född %1, %2.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>kvinna</translation>
    </message>
    <message>
        <source>male</source>
        <translation>man</translation>
    </message>
    <message>
        <source>This is a temporary identity code.</source>
        <translation>Detta är en tillfällig personbeteckning.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Lägg till en person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>Person&amp;beteckning:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>F&amp;ödelsedatum:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Role in the family:</source>
        <translation>&amp;Roll i familjen:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>P&amp;ostal code and office:</source>
        <translation>&amp;Postnummer och postanstalt:</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>t.ex. 131052-308T</translation>
    </message>
    <message>
        <source>The Finnish personal identity code. It is checked as you type. A person without one (a newborn, a foreigner) is recorded with a birth date.</source>
        <translation>Den finländska personbeteckningen. Den kontrolleras medan du skriver. En person som saknar personbeteckning (ett nyfött barn, en utlänning) registreras med födelsedatum.</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>postanstalt</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PinSetupDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Välj en PIN-kod</translation>
    </message>
    <message>
        <source>The lock and the home visit are opened with your PIN. Choose one of at least %1 digits that nobody else knows. It is kept on this computer only as a hash.</source>
        <translation>Låset och hembesöket öppnas med din PIN-kod. Välj en kod på minst %1 siffror som ingen annan känner till. Den sparas på den här datorn bara som en hash.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-kod &amp;igen:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PlanForm</name>
    <message>
        <source>The target date of goal %1 is not a date. Write it as day.month.year.</source>
        <translation>Måldatumet för mål %1 är inget datum. Skriv det i formen dag.månad.år.</translation>
    </message>
    <message>
        <source>Made o&amp;n:</source>
        <translation>Uta&amp;rbetad den:</translation>
    </message>
    <message>
        <source>&amp;Taking part:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>Service and support needs:</source>
        <translation>Servi&amp;ce- och stödbehov:</translation>
    </message>
    <message>
        <source>Circumstances to &amp;influence:</source>
        <translation>&amp;Omständigheter som ska påverkas:</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Services and support measures:</source>
        <translation>T&amp;jänster och stödåtgärder:</translation>
    </message>
    <message>
        <source>Esti&amp;mated time to reach the goals:</source>
        <translation>Upps&amp;kattad tid för att nå målen:</translation>
    </message>
    <message>
        <source>Diffe&amp;ring views:</source>
        <translation>Avvikande &amp;åsikter:</translation>
    </message>
    <message>
        <source>Wor&amp;ker&apos;s meetings with the child:</source>
        <translation>Arb&amp;etstagarens möten med barnet:</translation>
    </message>
    <message>
        <source>Next review &amp;by:</source>
        <translation>Nästa &amp;översyn senast:</translation>
    </message>
    <message>
        <source>The client plan is reviewed when needed and at least once a year (LSL 30 §).</source>
        <translation>Klientplanen ses över vid behov och minst en gång om året (BSL 30 §).</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldatum</translation>
    </message>
    <message>
        <source>A&amp;dd goal</source>
        <translation>&amp;Lägg till mål</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>&amp;Ta bort mål</translation>
    </message>
    <message>
        <source>e.g. talking alone with the child; or why it could not be (age, development)</source>
        <translation>t.ex. samtal med barnet på tu man hand; eller varför den inte kunde utredas (ålder, utvecklingsnivå)</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion:</source>
        <translation>Barnets egen åsikt:</translation>
    </message>
    <message>
        <source>How it was found out:</source>
        <translation>Utredningss&amp;ätt:</translation>
    </message>
    <message>
        <source>Guardians&apos; views:</source>
        <translation>Vårdnadshavarnas s&amp;ynpunkter:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PrivacyPage</name>
    <message>
        <source>A PIN is set.</source>
        <translation>En PIN-kod har angetts.</translation>
    </message>
    <message>
        <source>On a home visit the family may see the screen. Ctrl+L locks the program at once; it also locks itself after the minutes below without use. The locked window shows no names and opens with your PIN, which is kept only as a one-way hash.</source>
        <translation>Vid hembesök kan familjen se skärmen. Ctrl+L låser programmet genast; det låser sig också självt när det inte har använts under det antal minuter som anges nedan. Det låsta fönstret visar inga namn och öppnas med din PIN-kod, som sparas endast som en envägshash.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes (0: never):</source>
        <translation>&amp;Lås efter minuter utan användning (0: aldrig):</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Samma &amp;igen:</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Ange PIN-kod</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Ta bort PIN-kod</translation>
    </message>
    <message>
        <source>No PIN is set: the first lock or home visit asks for one, and the window does not lock itself until one is set.</source>
        <translation>Ingen PIN-kod har angetts: det första låset eller hembesöket ber om en, och fönstret låser sig inte självt förrän en har angetts.</translation>
    </message>
    <message>
        <source>New &amp;PIN, at least 6 digits:</source>
        <translation>Ny &amp;PIN-kod, minst 6 siffror:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>e.g. Laine, Matti and Anna</source>
        <translation>t.ex. Laine, Matti och Anna</translation>
    </message>
    <message>
        <source>Language codes separated by spaces, e.g. &quot;fi sv&quot;.</source>
        <translation>Språkkoder åtskilda med mellanslag, t.ex. &quot;fi sv&quot;.</translation>
    </message>
    <message>
        <source>The date of the extract of the criminal record (504/2002) the provider showed. A reminder appears when it is due for renewal.</source>
        <translation>Datum för det straffregisterutdrag (504/2002) som utföraren visade upp. En påminnelse visas när utdraget ska förnyas.</translation>
    </message>
    <message>
        <source>(not a worker of the unit)</source>
        <translation>(inte arbetstagare i enheten)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>A&amp;dults:</source>
        <translation>&amp;Vuxna:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>&amp;Gatuadress:</translation>
    </message>
    <message>
        <source>P&amp;ostal code and office:</source>
        <translation>&amp;Postnummer och postanstalt:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>&amp;Capacity (children):</source>
        <translation>&amp;Kapacitet (barn):</translation>
    </message>
    <message>
        <source>Suitable a&amp;ges:</source>
        <translation>&amp;Lämpliga åldrar:</translation>
    </message>
    <message>
        <source>&amp;Training completed:</source>
        <translation>&amp;Utbildning slutförd:</translation>
    </message>
    <message>
        <source>C&amp;riminal record extract:</source>
        <translation>St&amp;raffregisterutdrag:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>Person&amp;beteckning:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Arbetstagare:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ante&amp;ckningar:</translation>
    </message>
    <message>
        <source>✓ IBAN %1</source>
        <translation>✓ IBAN %1</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProviderImportDialog</name>
    <message>
        <source>Import providers</source>
        <translation>Importera utförare</translation>
    </message>
    <message>
        <source>%1 rows can be imported. %2 rows were rejected and are not imported; correct them in the file and import it again (rows already in the registry are skipped).</source>
        <translation>Rader som kan importeras: %1. Avvisade rader som inte importeras: %2; rätta dem i filen och importera den på nytt (rader som redan finns i registret hoppas över).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Orsak till avvisningen</translation>
    </message>
    <message>
        <source>&amp;Import %1 providers</source>
        <translation>&amp;Importera utförare (%1)</translation>
    </message>
    <message>
        <source>%1 providers were added; %2 were already in the registry.</source>
        <translation>Utförare tillagda: %1; redan i registret: %2.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProvidersPage</name>
    <message>
        <source>not recorded</source>
        <translation>inte antecknat</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>ska förnyas</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>tidigare</translation>
    </message>
    <message>
        <source>Import providers</source>
        <translation>Importera utförare</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Name, adult or place</source>
        <translation>Namn, vuxen eller ort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>oavsett status</translation>
    </message>
    <message>
        <source>&amp;Criminal record extract to renew</source>
        <translation>Straffregisterutdrag att &amp;förnya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Criminal record extract</source>
        <translation>Straffregisterutdrag</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Children now and &amp;before:</source>
        <translation>&amp;Barn nu och tidigare:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientrelation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>&amp;Ny utförare…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Importera från &amp;CSV…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>rene&amp;w after:</source>
        <translation>förn&amp;yas efter:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::RatesPage</name>
    <message>
        <source>per day of care</source>
        <translation>per vårddygn</translation>
    </message>
    <message>
        <source>per meeting</source>
        <translation>per träff</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Utförare</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gäller till</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Arvode</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kostnadsersättning</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometerersättning</translation>
    </message>
    <message>
        <source> €/km</source>
        <translation> €/km</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Lägg till taxa</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Utförare:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>Gäller &amp;från:</translation>
    </message>
    <message>
        <source>&amp;Fee (taxable):</source>
        <translation>&amp;Arvode (skattepliktigt):</translation>
    </message>
    <message>
        <source>&amp;Expense allowance:</source>
        <translation>&amp;Kostnadsersättning:</translation>
    </message>
    <message>
        <source>&amp;Mileage:</source>
        <translation>K&amp;ilometerersättning:</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <source>Enter the date the rate is valid from.</source>
        <translation>Skriv dagen från vilken taxan gäller.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ScreenLock</name>
    <message>
        <source>Tukipolku is locked</source>
        <translation>Tukipolku är låst</translation>
    </message>
    <message>
        <source>Type your PIN to go on:</source>
        <translation>Skriv din PIN-kod för att fortsätta:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Close Tukipolku</source>
        <translation>&amp;Stäng Tukipolku</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::SendingDialog</name>
    <message>
        <source>by ordinary letter</source>
        <translation>som vanligt brev</translation>
    </message>
    <message>
        <source>handed over in person</source>
        <translation>personligen överlämnat</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>elektroniskt</translation>
    </message>
    <message>
        <source>against a receipt</source>
        <translation>mot mottagningsbevis</translation>
    </message>
    <message>
        <source>Send the decision</source>
        <translation>Sändning av beslutet</translation>
    </message>
    <message>
        <source>How and when was the decision sent to %1? Their own 30 days for a request for review run from the day they receive it.</source>
        <translation>Hur och när sändes beslutet till %1? Mottagarens egna 30 dagar för begäran om omprövning räknas från den dag hen får del av beslutet.</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hur:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Sänt:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Delfått:</translation>
    </message>
    <message>
        <source>Counts as received on the seventh day after it was sent.</source>
        <translation>Anses delfått den sjunde dagen efter att det sändes.</translation>
    </message>
    <message>
        <source>Counts as received on the third day after it was sent.</source>
        <translation>Anses delfått den tredje dagen efter att det sändes.</translation>
    </message>
    <message>
        <source>Received on the day it is handed over.</source>
        <translation>Delfått den dag det överlämnas.</translation>
    </message>
    <message>
        <source>Received on the day written on the receipt; leave it empty until the receipt comes back.</source>
        <translation>Delfått den dag som anges i mottagningsbeviset; lämna tomt tills beviset har kommit.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Jag</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>Compensation rates</source>
        <translation>Ersättningstaxor</translation>
    </message>
    <message>
        <source>Measure catalogue</source>
        <translation>Förteckning över stödåtgärder</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::StageBar</name>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::StartPage</name>
    <message>
        <source>Tukipolku</source>
        <translation>Tukipolku</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; New Database to start a new one or File &gt; Open Database to open an existing one.</source>
        <translation>Ingen databas är öppen. Välj Arkiv &gt; Ny databas för att börja en ny eller Arkiv &gt; Öppna databas för att öppna en befintlig.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::TimelinePanel</name>
    <message>
        <source>Save the time line as PDF</source>
        <translation>Spara tidslinjen som PDF</translation>
    </message>
    <message>
        <source>time-line-%1.pdf</source>
        <translation>tidslinje-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Notification received</source>
        <translation>Anmälan mottagen</translation>
    </message>
    <message>
        <source>Contact received</source>
        <translation>Kontakt mottagen</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Bedömningen inleds</translation>
    </message>
    <message>
        <source>No assessment</source>
        <translation>Ingen bedömning</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Bedömningen slutförd</translation>
    </message>
    <message>
        <source>Plan, version %1</source>
        <translation>Plan, version %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Klientrelationen avslutad</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Beslut %1</translation>
    </message>
    <message>
        <source>Time line: %1, case %2, %3</source>
        <translation>Tidslinje: %1, klientrelation %2, %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Filen %1 kan inte skrivas.</translation>
    </message>
    <message>
        <source>Dots: the pathway&apos;s events. Triangles: the statutory deadlines (green met or on time, yellow due soon, red overdue). Bars: decisions (sand) and measures (blue). The dashed line is today.</source>
        <translation>Punkter: klientrelationens skeden. Trianglar: de lagstadgade tidsfristerna (grön uppfylld eller i tid, gul närmar sig, röd försenad). Staplar: beslut (sand) och stödåtgärder (blå). Den streckade linjen är i dag.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Förs&amp;tora</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>För&amp;minska</translation>
    </message>
    <message>
        <source>&amp;Whole case</source>
        <translation>Hela &amp;perioden</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorkersPage</name>
    <message>
        <source>&amp;This is me</source>
        <translation>&amp;Det här är jag</translation>
    </message>
    <message>
        <source>Changes you make are recorded in this worker&apos;s name, and &quot;My cases&quot; shows their cases.</source>
        <translation>Ändringar som du gör registreras i den här arbetstagarens namn, och &quot;Mina klientrelationer&quot; visar arbetstagarens klientrelationer.</translation>
    </message>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>t.ex. socialarbetare, socialhandledare, familjearbetare</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternamn:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Workers of the unit:</source>
        <translation>&amp;Arbetstagare i enheten:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You have not chosen who you are on this workstation.</source>
        <translation>Du har inte valt vem du är på den här arbetsstationen.</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>Du är: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Socialarbetare</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Socialhandledare</translation>
    </message>
    <message>
        <source>Family worker</source>
        <translation>Familjearbetare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Li&amp;censed social worker (LSL 13 b §)</source>
        <translation>&amp;Legitimerad socialarbetare (BSL 13 b §)</translation>
    </message>
    <message>
        <source>number in the professional register</source>
        <translation>nummer i yrkesutövarregistret</translation>
    </message>
    <message>
        <source>May make &amp;decisions (the organiser&apos;s rules)</source>
        <translation>Får fatta &amp;beslut (anordnarens regler)</translation>
    </message>
    <message>
        <source>Only workers with this authority are offered as decision makers. Any of them may decide for a child, a substitute too.</source>
        <translation>Endast arbetstagare med beslutanderätt visas som beslutsfattare. Vem som helst av dem får fatta beslut för ett barn, också en ersättare.</translation>
    </message>
    <message>
        <source>&amp;Add as a new worker</source>
        <translation>Lägg till som &amp;ny arbetstagare</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringarna</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
    <message>
        <source>Pr&amp;ofession:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>&amp;Register number:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <source>(decides)</source>
        <translation>(beslutar)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorklistModel</name>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – försenad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Child or provider</source>
        <translation>Barn eller utförare</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Klientrelation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Närmare uppgift</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Arbetstagare</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorklistPage</name>
    <message>
        <source>The whole unit</source>
        <translation>Hela enheten</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Jag (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due within %1 days</source>
        <translation>
            <numerusform>%n uppgift förfaller inom %1 dagar</numerusform>
            <numerusform>%n uppgifter förfaller inom %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3 children</source>
        <translation>%1: %2 / %3 barn</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>över gränsen</translation>
    </message>
    <message>
        <source>Show &amp;the work of:</source>
        <translation>&amp;Visa arbetet för:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Child welfare caseload&lt;/b&gt;&lt;br&gt;children per responsible social worker; the limit is %1 (LSL 13 b §)</source>
        <translation>&lt;b&gt;Antal klienter inom barnskyddet&lt;/b&gt;&lt;br&gt;barn per ansvarig socialarbetare; gränsen är %1 (BSL 13 b §)</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>Dubbelklicka på en rad eller tryck på Enter för att öppna den.</translation>
    </message>
    <message>
        <source>Reading the work…</source>
        <translation>Hämtar uppgifterna…</translation>
    </message>
</context>
</TS>
