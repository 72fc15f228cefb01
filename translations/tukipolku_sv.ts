<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
    <message>
        <source>Database: %1
Families: %2
Persons: %3
Workers: %4</source>
        <translation>Databas: %1
Familjer: %2
Personer: %3
Arbetstagare: %4</translation>
    </message>
</context>
</TS>
