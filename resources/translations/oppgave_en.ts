<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>Analysis</name>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Avdelingen {department} har ikke scenario med id {id}.</source>
        <translation>The department {department} has no scenario with id {id}.</translation>
    </message>
    <message>
        <source>Ingen av avdelingene har scenarioet {name}.</source>
        <translation>None of the departments has the scenario {name}.</translation>
    </message>
</context>
<context>
    <name>AnalysisCommands</name>
    <message>
        <source>Endre analyseinnstillinger</source>
        <translation>Change analysis settings</translation>
    </message>
    <message>
        <source>Lag forslag «{name}»</source>
        <translation>Create proposal “{name}”</translation>
    </message>
</context>
<context>
    <name>AnalysisModels</name>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>Oppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>hver {n}. helg</source>
        <translation>1 in {n} weekends</translation>
    </message>
    <message>
        <source>Helgefrekvens</source>
        <translation>Weekend frequency</translation>
    </message>
    <message>
        <source>Vaktlengde
(timer)</source>
        <translation>Shift length
(hours)</translation>
    </message>
    <message>
        <source>Vakter
per helg</source>
        <translation>Shifts
per weekend</translation>
    </message>
    <message>
        <source>Personer
som trengs</source>
        <translation>People
needed</translation>
    </message>
    <message>
        <source>Største mulige
snittstilling</source>
        <translation>Largest possible
average position</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Sykepleier-
andel</source>
        <translation>Nurse
share</translation>
    </message>
    <message>
        <source>Timer per
bruker/uke</source>
        <translation>Hours per
user/week</translation>
    </message>
    <message>
        <source>Kr per
brukerdøgn</source>
        <translation>NOK per
user day</translation>
    </message>
    <message>
        <source>Heltids-
andel</source>
        <translation>Full-time
share</translation>
    </message>
    <message>
        <source>Kartlagt
andel</source>
        <translation>Mapped
share</translation>
    </message>
    <message>
        <source>Andel
direkte</source>
        <translation>Share
direct</translation>
    </message>
    <message>
        <source>Andel
indirekte</source>
        <translation>Share
indirect</translation>
    </message>
    <message>
        <source>Andel
admin.</source>
        <translation>Share
admin.</translation>
    </message>
    <message>
        <source>Andel
praktisk</source>
        <translation>Share
practical</translation>
    </message>
    <message>
        <source>Andel fag-
utvikling</source>
        <translation>Share prof.
development</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Årsverk
scenario</source>
        <translation>FTE
scenario</translation>
    </message>
    <message>
        <source>Endring
årsverk</source>
        <translation>Change
FTE</translation>
    </message>
    <message>
        <source>Kr/uke
scenario</source>
        <translation>NOK/week
scenario</translation>
    </message>
    <message>
        <source>Endring
kr/uke</source>
        <translation>Change
NOK/week</translation>
    </message>
    <message>
        <source>(ingen kurs)</source>
        <translation>(no courses)</translation>
    </message>
</context>
<context>
    <name>AnalysisSettingsDialog</name>
    <message>
        <source>Listen kan ikke være tom.</source>
        <translation>The list cannot be empty.</translation>
    </message>
    <message>
        <source>Analyseinnstillinger</source>
        <translation>Analysis settings</translation>
    </message>
    <message>
        <source>Fravær (%)</source>
        <translation>Absence (%)</translation>
    </message>
    <message>
        <source>Opplæring og møter (%)</source>
        <translation>Training and meetings (%)</translation>
    </message>
    <message>
        <source>Ferie, delegering og kurs</source>
        <translation>Holidays, delegation and courses</translation>
    </message>
    <message>
        <source>Veiledning ved delegering (%)</source>
        <translation>Supervision when delegating (%)</translation>
    </message>
    <message>
        <source>Oppfriskning per år (% av kurskostnaden)</source>
        <translation>Refresher per year (% of the course cost)</translation>
    </message>
    <message>
        <source>Vaktene må dekke hele døgnet uten å overlappe. Ctrl+Z angrer en endring.</source>
        <translation>The shifts must cover the whole day without overlapping. Ctrl+Z undoes a change.</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Må være et tall.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(Feltet er i prosent: 0,5 som andel er 50 %.)</source>
        <translation>(The field is in percent: 0.5 as a share is 50 %.)</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <source>Dette er en HMS-gjennomgangskopi: her kan du bare kommentere.</source>
        <translation>This is an HSE review copy: here you can only comment.</translation>
    </message>
    <message>
        <source>Filen er skrivebeskyttet.</source>
        <translation>The file is read-only.</translation>
    </message>
    <message>
        <source>Lag forslag …</source>
        <translation>Create proposal …</translation>
    </message>
    <message>
        <source>Lag et bemanningsforslag med optimering og lagre det som et nytt scenario</source>
        <translation>Create a staffing proposal by optimisation and save it as a new scenario</translation>
    </message>
    <message>
        <source>Analyseinnstillinger …</source>
        <translation>Analysis settings …</translation>
    </message>
    <message>
        <source>Timer per årsverk, fravær, vakter og helgevakter som analysen bruker</source>
        <translation>Hours per FTE, absence, shifts and weekend shifts used by the analysis</translation>
    </message>
    <message>
        <source>Forsvarlighet og forslag …</source>
        <translation>Safety and proposals …</translation>
    </message>
    <message>
        <source>Avdelingens forsvarlighetsgulv, tilstedeværelse og ansettelsesramme for forslag</source>
        <translation>The department&apos;s safety floor, presence and hiring allowance for proposals</translation>
    </message>
    <message>
        <source>Timer per uke (fordelt)</source>
        <translation>Hours per week (assigned)</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Kartlagt andel av tilgjengelig tid</source>
        <translation>Mapped share of available time</translation>
    </message>
    <message>
        <source>Årsverk = timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring)). Kroner per uke = årsverk × timer per årsverk × timekostnad: de som er borte, får også lønn. Endring = scenarioet minus «I dag».</source>
        <translation>FTE = hours per week ÷ (hours per FTE × (1 − absence − training)). NOK per week = FTE × hours per FTE × hourly cost: those who are away are paid too. Change = the scenario minus “Today”.</translation>
    </message>
    <message>
        <source>Årsverk og kostnad</source>
        <translation>FTE and cost</translation>
    </message>
    <message>
        <source>Timer per yrkesgruppe</source>
        <translation>Hours per role</translation>
    </message>
    <message>
        <source>Øverst: timer arbeid i hver klokketime (= personer i arbeid) i scenarioet. Nederst: snittet for hverdager og helg mot personene på vakt etter bemanningen per vakt.</source>
        <translation>Top: hours of work in each hour of the day (= people at work) in the scenario. Bottom: the average for weekdays and weekends against the people on shift according to the staffing per shift.</translation>
    </message>
    <message>
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <source>Kompetanseløft</source>
        <translation>Competence upgrades</translation>
    </message>
    <message>
        <source>Helgeproblemet: hvor store stillinger helgene gir rom for i snitt</source>
        <translation>The weekend problem: how large positions the weekends leave room for on average</translation>
    </message>
    <message>
        <source>Heltid og helg</source>
        <translation>Full time and weekends</translation>
    </message>
    <message>
        <source>«I dag»</source>
        <translation>“Today”</translation>
    </message>
    <message>
        <source>hver avdelings valgte forslag</source>
        <translation>each department&apos;s chosen proposal</translation>
    </message>
    <message>
        <source>En avdeling som ikke har valgt et forslag, vises med «I dag».</source>
        <translation>A department that has not chosen a proposal is shown with “Today”.</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Årsverk = timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring))</source>
        <translation>FTE = hours per week ÷ (hours per FTE × (1 − absence − training))</translation>
    </message>
    <message>
        <source>Timer i oppgavene ÷ timene dagens stillinger gir (etter fravær og opplæring)</source>
        <translation>Hours in the tasks ÷ the hours today&apos;s positions give (after absence and training)</translation>
    </message>
    <message>
        <source>Personer i stillinger</source>
        <translation>People in positions</translation>
    </message>
    <message>
        <source>Heltidsandel (100 %)</source>
        <translation>Full-time share (100 %)</translation>
    </message>
    <message>
        <source>Kontinuitetsbærere</source>
        <translation>Continuity carriers</translation>
    </message>
    <message>
        <source>Gjennomsnittlig stilling</source>
        <translation>Average position</translation>
    </message>
    <message>
        <source>Årsverk i alt</source>
        <translation>FTE in total</translation>
    </message>
    <message>
        <source>Timer å bemanne per helg</source>
        <translation>Hours to staff per weekend</translation>
    </message>
    <message>
        <source>Forsvarlighet og forslag</source>
        <translation>Safety and proposals</translation>
    </message>
    <message>
        <source>{department}: «{scenario}»</source>
        <translation>{department}: “{scenario}”</translation>
    </message>
    <message>
        <source>{department}: «{scenario}» mot «{reference}»</source>
        <translation>{department}: “{scenario}” vs. “{reference}”</translation>
    </message>
    <message>
        <source>Ingen stillinger registrert</source>
        <translation>No positions recorded</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ingen avdeling valgt</source>
        <translation>No department selected</translation>
    </message>
    <message>
        <source>Lag forslag</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <source>Analyseinnstillinger</source>
        <translation>Analysis settings</translation>
    </message>
    <message>
        <source>Timer per uke per yrkesgruppe</source>
        <translation>Hours per week per role</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sammenlign med:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Scenarioet tallene sammenlignes med: «I dag», eller et annet forslag.</source>
        <translation>The scenario the figures are compared with: “Today”, or another proposal.</translation>
    </message>
    <message>
        <source>Pris per år (lønn og kurs)</source>
        <translation>Cost per year (wages and courses)</translation>
    </message>
    <message>
        <source>Nøkkeltall side om side for</source>
        <translation>Key figures side by side for</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Døgnrytme: timer arbeid per klokketime</source>
        <translation>Daily rhythm: hours of work per clock hour</translation>
    </message>
    <message>
        <source>Personer i arbeid</source>
        <translation>People working</translation>
    </message>
    <message>
        <source>Arbeid mot bemanning per vakt (snitt per time)</source>
        <translation>Work versus staffing per shift (average per hour)</translation>
    </message>
    <message>
        <source>Klokkeslett</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Arbeid, hverdager</source>
        <translation>Work, weekdays</translation>
    </message>
    <message>
        <source>På vakt, hverdager</source>
        <translation>On shift, weekdays</translation>
    </message>
    <message>
        <source>Arbeid, helg</source>
        <translation>Work, weekend</translation>
    </message>
    <message>
        <source>På vakt, helg</source>
        <translation>On shift, weekend</translation>
    </message>
    <message>
        <source>{kr} kr</source>
        <translation>NOK {kr}</translation>
    </message>
    <message>
        <source>Dagens stillinger: {kr} kr</source>
        <translation>Current positions: NOK {kr}</translation>
    </message>
    <message>
        <source>Endring mot i dag: {change} kr</source>
        <translation>Change from today: NOK {change}</translation>
    </message>
    <message>
        <source>Lønn {wages} kr + kurs {courses} kr per år</source>
        <translation>Wages NOK {wages} + courses NOK {courses} per year</translation>
    </message>
    <message>
        <source>{reference} {before}{unit}, endring {change}{unit}</source>
        <translation>{reference} {before}{unit}, change {change}{unit}</translation>
    </message>
    <message>
        <source>Kunne ikke beregne: {message}</source>
        <translation>Could not calculate: {message}</translation>
    </message>
    <message>
        <source>Velg en avdeling først.</source>
        <translation>Select a department first.</translation>
    </message>
    <message>
        <source>Ikke fordelt: {hours} t/uke</source>
        <translation>Not distributed: {hours} h/week</translation>
    </message>
    <message>
        <source>{hours} av {available} t/uke</source>
        <translation>{hours} of {available} h/week</translation>
    </message>
    <message>
        <source>Kompetansegap i dagens praksis: {people} personer mangler kompetanse oppgavene krever. Regnes ikke som kostnad i «I dag».</source>
        <translation>Competence gap in current practice: {people} people lack the competence the tasks require. Not counted as a cost in “Today”.</translation>
    </message>
    <message>
        <source>Kurs tjenes inn på {payback}</source>
        <translation>Courses pay for themselves in {payback}</translation>
    </message>
    <message>
        <source>Kompetanseløft «{scenario}» trenger: {people} personer på kurs, {hours} timer, {cost} kr.</source>
        <translation>Competence upgrade “{scenario}” needs: {people} people on courses, {hours} hours, NOK {cost}.</translation>
    </message>
    <message>
        <source>«{scenario}» trenger ingen kompetanseløft.</source>
        <translation>“{scenario}” needs no competence upgrade.</translation>
    </message>
    <message>
        <source>(behov i scenarioet)</source>
        <translation>(need in the scenario)</translation>
    </message>
    <message>
        <source>(fra oppgavene: ingen helgebemanning registrert)</source>
        <translation>(from the tasks: no weekend staffing registered)</translation>
    </message>
</context>
<context>
    <name>AnalysisViews</name>
    <message>
        <source>Beregner …</source>
        <translation>Calculating …</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>høyst én i timen</source>
        <translation>at most one per hour</translation>
    </message>
    <message>
        <source>høyst én per {n} min</source>
        <translation>at most one per {n} min</translation>
    </message>
    <message>
        <source>Sikkerhetskopier av {name} ({often} mens du arbeider, de {n} nyeste beholdes). Å gjenopprette sletter ingenting: den nåværende filen beholdes.</source>
        <translation>Backups of {name} ({often} while you work; the {n} newest are kept). Restoring deletes nothing: the current file is kept.</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier av denne filen ennå.</source>
        <translation>There are no backups of this file yet.</translation>
    </message>
    <message>
        <source>Gjenopprett som ny fil …</source>
        <translation>Restore as new file …</translation>
    </message>
    <message>
        <source>Erstatt gjeldende fil …</source>
        <translation>Replace current file …</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gjenopprett som ny fil</source>
        <translation>Restore as new file</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Erstatte gjeldende fil?</source>
        <translation>Replace current file?</translation>
    </message>
    <message>
        <source>{name} erstattes med sikkerhetskopien fra {when}. Endringer gjort etter det forsvinner fra filen, og angre-historikken tømmes. Den nåværende filen beholdes som en kopi ved siden av («{name} før gjenoppretting»).</source>
        <translation>{name} will be replaced with the backup from {when}. Changes made after that will disappear from the file, and the undo history will be cleared. The current file is kept as a copy next to it (“{name} before restore”).</translation>
    </message>
    <message>
        <source>Erstatt</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Sikkerhetskopien ble ikke laget: {reason}</source>
        <translation>The backup was not created: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Sikkerhetskopien {name} er skadet: {problem}</source>
        <translation>The backup {name} is damaged: {problem}</translation>
    </message>
    <message>
        <source>Kunne ikke skrive sikkerhetskopi i {folder}: {reason}</source>
        <translation>Could not write a backup in {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Vis bare kort som inneholder …</source>
        <translation>Show only cards containing …</translation>
    </message>
    <message>
        <source>Skjul yrkesgrupper uten oppgaver</source>
        <translation>Hide roles without tasks</translation>
    </message>
    <message>
        <source>Dra et kort til en annen yrkesgruppe for å flytte oppgaven. Hold Shift når du slipper for å flytte bare en del. Høyreklikk for flere valg.</source>
        <translation>Drag a card to another role to move the task. Hold Shift when you drop it to move only part of it. Right-click for more options.</translation>
    </message>
    <message>
        <source>Flytt en del</source>
        <translation>Move a share</translation>
    </message>
    <message>
        <source>Hvor mange prosent av «{task}» skal {role} gjøre (høyst {share} %)?</source>
        <translation>What percentage of “{task}” should {role} do (at most {share} %)?</translation>
    </message>
    <message>
        <source>Kunne ikke flytte oppgaven</source>
        <translation>Could not move the task</translation>
    </message>
    <message>
        <source>(Ctrl+Z angrer)</source>
        <translation>(Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Flytt til</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Flytt en del til</source>
        <translation>Move a share to</translation>
    </message>
    <message>
        <source>⛔ Begrensningen tillater ikke denne yrkesgruppen</source>
        <translation>⛔ The restriction does not allow this role</translation>
    </message>
    <message>
        <source>{hours} t/uke</source>
        <translation>{hours} h/week</translation>
    </message>
    <message>
        <source>Ikke fordelt</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Risiko {risk} · {rule}</source>
        <translation>Risk {risk} · {rule}</translation>
    </message>
    <message>
        <source>Oppgaver ingen er satt til å gjøre i dette scenarioet</source>
        <translation>Tasks nobody is assigned to in this scenario</translation>
    </message>
    <message>
        <source>{hours} t/uke · {fte} årsverk
{n} oppgaver</source>
        <translation>{hours} h/week · {fte} FTE
{n} tasks</translation>
    </message>
    <message>
        <source>{share} % av oppgaven</source>
        <translation>{share} % of the task</translation>
    </message>
    <message>
        <source>⚠ Mangler {code} – kurs: {course}</source>
        <translation>⚠ Lacks {code} – course: {course}</translation>
    </message>
    <message>
        <source>⚠ Mangler {code} – intet kurs for dette nivået</source>
        <translation>⚠ Lacks {code} – no course for this level</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Fant ingen yrkesgruppe {key}. Yrkesgrupper: {names}</source>
        <translation>No role {key}. Roles: {names}</translation>
    </message>
    <message>
        <source>Arbeidsfilen har allerede en katalog.</source>
        <translation>The workspace already has a catalogue.</translation>
    </message>
    <message>
        <source>Fant ingen yrkesgruppe med id {id}.</source>
        <translation>No role with id {id}.</translation>
    </message>
    <message>
        <source>Ukjente felt: {fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <source>Yrkesgruppen er i bruk ({assignments} tildelinger, {positions} stillingsrader, {staffing} vaktrader) og kan ikke slettes. Flytt oppgavene først.</source>
        <translation>The role is in use ({assignments} assignments, {positions} position rows, {staffing} shift rows) and cannot be deleted. Move the tasks first.</translation>
    </message>
    <message>
        <source>Det finnes allerede et kurs som heter {name}.</source>
        <translation>There is already a course called {name}.</translation>
    </message>
    <message>
        <source>Det finnes allerede en yrkesgruppe med {value}.</source>
        <translation>There is already a role with {value}.</translation>
    </message>
    <message>
        <source>{n} oppgaver krever denne kompetansen; fjern kravet først.</source>
        <translation>{n} tasks require this competence; remove the requirement first.</translation>
    </message>
    <message>
        <source>Det finnes allerede en kompetanse med {value}.</source>
        <translation>There is already a competence with {value}.</translation>
    </message>
    <message>
        <source>Må være ja eller nei.</source>
        <translation>Must be yes or no.</translation>
    </message>
    <message>
        <source>Ukjent felt: {field}</source>
        <translation>Unknown field: {field}</translation>
    </message>
</context>
<context>
    <name>CatalogueModels</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>LEON-nivå</source>
        <translation>LEON level</translation>
    </message>
    <message>
        <source>Autorisert</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <source>Timekost (kr)</source>
        <translation>Hourly cost (NOK)</translation>
    </message>
    <message>
        <source>Farge</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Gir kompetanse</source>
        <translation>Gives competence</translation>
    </message>
    <message>
        <source>Fra LEON-nivå</source>
        <translation>From LEON level</translation>
    </message>
    <message>
        <source>Timer per deltaker</source>
        <translation>Hours per participant</translation>
    </message>
    <message>
        <source>Kostnad per deltaker (kr)</source>
        <translation>Cost per participant (NOK)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>LEON-nivået må være mellom 0 og 9.</source>
        <translation>The LEON level must be between 0 and 9.</translation>
    </message>
    <message>
        <source>Beløpet kan ikke være negativt.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Timene kan ikke være negative.</source>
        <translation>The hours cannot be negative.</translation>
    </message>
    <message>
        <source>Et kurs gir nøyaktig én kompetanse.</source>
        <translation>A course gives exactly one competence.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>Yrkesgrupper med LEON-nivå (0 er lavest), om de er autorisert helsepersonell, timekost inkl. sosiale kostnader, og farge på tavlen.</source>
        <translation>Roles with their LEON level (0 is lowest), whether they are authorised health personnel, hourly cost including social costs, and colour on the board.</translation>
    </message>
    <message>
        <source>Ny yrkesgruppe</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Slett yrkesgruppe</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Yrkesgrupper</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Kompetanser som oppgaver kan kreve.</source>
        <translation>Competences that tasks can require.</translation>
    </message>
    <message>
        <source>Ny kompetanse</source>
        <translation>New competence</translation>
    </message>
    <message>
        <source>Slett kompetanse</source>
        <translation>Delete competence</translation>
    </message>
    <message>
        <source>Kompetanser</source>
        <translation>Competences</translation>
    </message>
    <message>
        <source>Hvilke kompetanser hver yrkesgruppe har gjennom utdanningen. Kryss av for å endre. Mangler en yrkesgruppe en kompetanse, viser tavlen kurset som gir den.</source>
        <translation>Which competences each role has through its education. Tick to change. Where a role lacks a competence, the board shows the course that gives it.</translation>
    </message>
    <message>
        <source>Hvem har hva</source>
        <translation>Who has what</translation>
    </message>
    <message>
        <source>Kurs (kompetanseløft) som gir en yrkesgruppe en kompetanse. «Fra LEON-nivå»: laveste nivå som kan ta kurset.</source>
        <translation>Courses (competence upgrades) that give a role a competence. “From LEON level”: the lowest level that may take the course.</translation>
    </message>
    <message>
        <source>Nytt kurs</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Slett kurs</source>
        <translation>Delete course</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Katalogen gjelder alle avdelinger i arbeidsfilen.</source>
        <translation>The catalogue applies to every department in the workspace.</translation>
    </message>
    <message>
        <source>Ny yrkesgruppe </source>
        <translation>New role </translation>
    </message>
    <message>
        <source>Kunne ikke lage yrkesgruppen</source>
        <translation>Could not create the role</translation>
    </message>
    <message>
        <source>Kunne ikke slette yrkesgruppen</source>
        <translation>Could not delete the role</translation>
    </message>
    <message>
        <source>Ny kompetanse </source>
        <translation>New competence </translation>
    </message>
    <message>
        <source>Kunne ikke lage kompetansen</source>
        <translation>Could not create the competence</translation>
    </message>
    <message>
        <source>Kunne ikke slette kompetansen</source>
        <translation>Could not delete the competence</translation>
    </message>
    <message>
        <source>Lag først en kompetanse som kurset gir.</source>
        <translation>First create a competence for the course to give.</translation>
    </message>
    <message>
        <source>Nytt kurs </source>
        <translation>New course </translation>
    </message>
    <message>
        <source>Kunne ikke lage kurset</source>
        <translation>Could not create the course</translation>
    </message>
    <message>
        <source>Kunne ikke slette kurset</source>
        <translation>Could not delete the course</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <source>LEON-nivå ≥ {level}</source>
        <translation>LEON level ≥ {level}</translation>
    </message>
    <message>
        <source>Må være et heltall.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Bare {roles}</source>
        <translation>Only {roles}</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Timer/uke</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Kr/uke</source>
        <translation>NOK/week</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>analyser avdelingene: timer, årsverk, kostnad, heltid og kompetanseløft</source>
        <translation>analyse the departments: hours, FTE, cost, full-time and competence upgrades</translation>
    </message>
    <message>
        <source>Analyserer hver avdeling (eller bare --department) under hvert scenario (eller bare --scenario). Tallene og formlene er forklart i docs/analyse.md.</source>
        <translation>Analyses every department (or only --department) under every scenario (or only --scenario). The figures and formulas are explained in docs/analyse.md.</translation>
    </message>
    <message>
        <source>avdelingens navn, id eller Kommune/Avdeling</source>
        <translation>the department’s name, id or Municipality/Department</translation>
    </message>
    <message>
        <source>bare scenarioet med dette navnet eller id-en (standard: alle scenarioene)</source>
        <translation>only the scenario with this name or id (default: all scenarios)</translation>
    </message>
    <message>
        <source>skriv ut som JSON (se docs/analyse-json.md)</source>
        <translation>print as JSON (see docs/analyse-json.md)</translation>
    </message>
    <message>
        <source>lag et bemanningsforslag med optimering og lagre det som nytt scenario</source>
        <translation>make a staffing proposal by optimisation and save it as a new scenario</translation>
    </message>
    <message>
        <source>navnet på det nye scenarioet (standard: Forslag B, …)</source>
        <translation>the name of the new scenario (default: Forslag B, …)</translation>
    </message>
    <message>
        <source>høyst like mange årsverk for rollen som stillingene gir i dag (kan gjentas)</source>
        <translation>at most as many FTE for the role as its positions give today (may be repeated)</translation>
    </message>
    <message>
        <source>minst så mange av rollen på vakt, for eksempel SPL=1 (hver vakt), SPL:natt=1 eller SPL:dag:helg=2; vakt: dag, kveld, natt; dagtype: hverdag, helg (kan gjentas)</source>
        <translation>at least this many of the role on shift, for example SPL=1 (every shift), SPL:natt=1 or SPL:dag:helg=2; shift: dag, kveld, natt; day type: hverdag, helg (may be repeated)</translation>
    </message>
    <message>
        <source>minst like mange av rollen på hver vakt som bemanningsplanen har i dag</source>
        <translation>at least as many of the role on each shift as the staffing plan has today</translation>
    </message>
    <message>
        <source>lengste tid optimeringen får (standard 30)</source>
        <translation>the longest time the optimisation may take (default 30)</translation>
    </message>
    <message>
        <source>{residents} brukere, {tasks} oppgaver</source>
        <translation>{residents} residents, {tasks} tasks</translation>
    </message>
    <message>
        <source>Endring årsverk</source>
        <translation>Change in FTE</translation>
    </message>
    <message>
        <source>Endring kr/uke</source>
        <translation>Change in NOK/week</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Scenario: {name}</translation>
    </message>
    <message>
        <source>Kompetanseløft:</source>
        <translation>Competence upgrades:</translation>
    </message>
    <message>
        <source>Laget «{name}» i {department} (scenario-id {id}).</source>
        <translation>Created “{name}” in {department} (scenario id {id}).</translation>
    </message>
    <message>
        <source>vis eller endre avdelingens forsvarlighetsgulv og forslagsinnstillinger</source>
        <translation>show or change the department&apos;s safety floor and proposal settings</translation>
    </message>
    <message>
        <source>Viser avdelingens forsvarlighetsgulv (sykepleiere på vakt, hjemmevakt, andel fagutdannede), andelen nødvendig tilstedeværelse og ansettelsesrammen per rolle, og endrer dem med valgene under. Uten lagrede verdier gjelder standardene for tjenestetypen (docs/analyse.md).</source>
        <translation>Shows the department&apos;s safety floor (nurses on duty, on call, share of skilled staff), the share of necessary presence and the hiring allowance per role, and changes them with the options below. Without stored values the defaults of the service type apply (docs/analyse.md).</translation>
    </message>
    <message>
        <source>autoriserte sykepleiere på vakt på hver vakt (0 = uten gulv)</source>
        <translation>authorised nurses on duty on every shift (0 = no floor)</translation>
    </message>
    <message>
        <source>vakt der sykepleieren kan ha hjemmevakt (dag, kveld, natt; kan gjentas; «ingen» for ingen)</source>
        <translation>shift where the nurse may be on call (day, evening, night; may be repeated; “ingen” for none)</translation>
    </message>
    <message>
        <source>minste andel timer til fagutdannede</source>
        <translation>least share of hours for skilled staff</translation>
    </message>
    <message>
        <source>andel av vakten til nødvendig tilstedeværelse (ikke ledig tid)</source>
        <translation>share of the shift for necessary presence (not free time)</translation>
    </message>
    <message>
        <source>ansettelsesramme utover dagens stillinger, for eksempel SPL=1 (0 fjerner)</source>
        <translation>hiring allowance beyond today&apos;s positions, for example SPL=1 (0 removes)</translation>
    </message>
    <message>
        <source>tilbake til standardene for tjenestetypen (før de andre valgene)</source>
        <translation>back to the defaults of the service type (before the other options)</translation>
    </message>
    <message>
        <source>skriv innstillingene som JSON</source>
        <translation>write the settings as JSON</translation>
    </message>
    <message>
        <source>Egne innstillinger for avdelingen.</source>
        <translation>The department&apos;s own settings.</translation>
    </message>
    <message>
        <source>Standardene for tjenestetypen (ingen egne innstillinger lagret).</source>
        <translation>The defaults of the service type (no own settings stored).</translation>
    </message>
    <message>
        <source>Krav: {options}.</source>
        <translation>Requirements: {options}.</translation>
    </message>
    <message>
        <source>{status} ({seconds} s, {variables} variabler)</source>
        <translation>{status} ({seconds} s, {variables} variables)</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Forsvarlighet og forslag for {department}:</source>
        <translation>Safety and proposals for {department}:</translation>
    </message>
    <message>
        <source>{department}: har ikke scenarioet {scenario}.</source>
        <translation>{department}: has no scenario {scenario}.</translation>
    </message>
    <message>
        <source>Kartlagt andel av tilgjengelig tid: {share} ({hours} av {available} timer/uke).</source>
        <translation>Share of available time mapped: {share} ({hours} of {available} hours/week).</translation>
    </message>
    <message>
        <source>Heltidsandel {fulltime}, kontinuitetsbærere {continuity}, gjennomsnittlig stilling {position}.</source>
        <translation>Full-time share {fulltime}, continuity carriers {continuity}, average position {position}.</translation>
    </message>
    <message>
        <source>(ingen kurs)</source>
        <translation>(no courses)</translation>
    </message>
    <message>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Kurs</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Kr</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>{option} skrives {form}, ikke {item!r}.</source>
        <translation>{option} is written {form}, not {item!r}.</translation>
    </message>
    <message>
        <source>--min-per-shift: for mange deler i {item!r}.</source>
        <translation>--min-per-shift: too many parts in {item!r}.</translation>
    </message>
    <message>
        <source>--min-per-shift: antallet må være et helt tall, ikke {value}.</source>
        <translation>--min-per-shift: the number must be a whole number, not {value}.</translation>
    </message>
    <message>
        <source>Flyttede oppgaver ({n}):</source>
        <translation>Moved tasks ({n}):</translation>
    </message>
    <message>
        <source>Ikke fordelt: {hours} timer per uke.</source>
        <translation>Unassigned: {hours} hours per week.</translation>
    </message>
    <message>
        <source>{option}: {text!r} er ikke et tall.</source>
        <translation>{option}: {text!r} is not a number.</translation>
    </message>
    <message>
        <source>Ukjent vakt {word!r} (bruk dag, kveld eller natt).</source>
        <translation>Unknown shift {word!r} (use dag, kveld or natt).</translation>
    </message>
    <message>
        <source>Ukjent dagtype {word!r} (bruk hverdag eller helg).</source>
        <translation>Unknown day type {word!r} (use hverdag or helg).</translation>
    </message>
    <message>
        <source>--nurses-per-shift: antallet må være et helt tall, ikke {value}.</source>
        <translation>--nurses-per-shift: the number must be a whole number, not {value}.</translation>
    </message>
    <message>
        <source>(standard: {value})</source>
        <translation>(default: {value})</translation>
    </message>
    <message>
        <source>Ukjent vakt {word!r} (bruk dag, kveld, natt eller ingen).</source>
        <translation>Unknown shift {word!r} (use dag, kveld, natt or ingen).</translation>
    </message>
    <message>
        <source>(andel: 0,5 er 50 %)</source>
        <translation>(share: 0.5 is 50 %)</translation>
    </message>
    <message>
        <source>eksporter til Excel (.xlsx) eller oppgavelisten til CSV (.csv)</source>
        <translation>export to Excel (.xlsx) or the task list to CSV (.csv)</translation>
    </message>
    <message>
        <source>Eksporter arbeidsfilen til én Excel-arbeidsbok (oppgaver og fordeling per scenario, yrkesgrupper, kompetanser, kurs, stillinger, vaktbemanning, analyse og kompetanseplan), eller oppgavelisten til CSV for norsk Excel. Filtypen bestemmes av endelsen.</source>
        <translation>Export the workspace to a single Excel workbook (tasks and distribution per scenario, roles, competences, courses, positions, shift staffing, analysis and competence plan), or the task list to CSV for Norwegian Excel. The file type is determined by the extension.</translation>
    </message>
    <message>
        <source>bare denne avdelingen (navn, id eller Kommune/Avdeling; kan gjentas)</source>
        <translation>only this department (name, id or Municipality/Department; can be repeated)</translation>
    </message>
    <message>
        <source>lag en importmal workshopen kan fylle ut uten programmet</source>
        <translation>create an import template the workshop can fill in without the program</translation>
    </message>
    <message>
        <source>ta yrkesgrupper, kompetanser og kurs fra denne arbeidsfilen</source>
        <translation>take roles, competences and courses from this workspace</translation>
    </message>
    <message>
        <source>importer et Excel-ark med oppgaver (eller en eksport fra programmet)</source>
        <translation>import an Excel sheet with tasks (or an export from the program)</translation>
    </message>
    <message>
        <source>Importer oppgaver fra et Excel-ark: malen, avdelingens eget ark, eller en eksport fra programmet (som gjenoppbygger arbeidsfilen). Valideringsrapporten skrives ut; ingenting lagres om en rad har feil, med mindre --skip-invalid er gitt. FIL.oppgave lages om den ikke finnes.</source>
        <translation>Import tasks from an Excel sheet: the template, the department&apos;s own sheet, or an export from the program (which rebuilds the workspace). The validation report is printed; nothing is saved if a row has errors, unless --skip-invalid is given. FILE.oppgave is created if it does not exist.</translation>
    </message>
    <message>
        <source>avdelingen (navn, id eller Kommune/Avdeling); lages om den ikke finnes</source>
        <translation>the department (name, id or Municipality/Department); created if it does not exist</translation>
    </message>
    <message>
        <source>kommunen en ny avdeling lages i</source>
        <translation>the municipality a new department is created in</translation>
    </message>
    <message>
        <source>scenarioet som får «Hvem kan gjøre» (standard: «Forslag fra import»)</source>
        <translation>the scenario that gets “Who can do it” (default: “Proposal from import”)</translation>
    </message>
    <message>
        <source>hva en kolonne inneholder: overskrift eller bokstav (C), evt. Ark!C; felt er name, description, category, frequency, days, time, duration, staff, competence, today, future, upgrade, status, notes, uuid eller ignore (kan gjentas)</source>
        <translation>what a column contains: heading or letter (C), optionally Sheet!C; fields are name, description, category, frequency, days, time, duration, staff, competence, today, future, upgrade, status, notes, uuid or ignore (can be repeated)</translation>
    </message>
    <message>
        <source>les bare dette arket (kan gjentas)</source>
        <translation>read only this sheet (can be repeated)</translation>
    </message>
    <message>
        <source>overskriftsraden (f.eks. 3, eller 3-4 når den er delt over to rader)</source>
        <translation>the heading row (e.g. 3, or 3-4 when it is split over two rows)</translation>
    </message>
    <message>
        <source>hopp over rader med feil og lagre resten</source>
        <translation>skip rows with errors and save the rest</translation>
    </message>
    <message>
        <source>skriv hele rapporten til CSV</source>
        <translation>write the full report to CSV</translation>
    </message>
    <message>
        <source>vis også merknader (info) i rapporten</source>
        <translation>also show remarks (info) in the report</translation>
    </message>
    <message>
        <source>Oppgi avdelingen: --department NAVN (eller id).</source>
        <translation>Specify the department: --department NAME (or id).</translation>
    </message>
    <message>
        <source>Importen er stoppet.</source>
        <translation>The import has been stopped.</translation>
    </message>
    <message>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Ark</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Filen er en eksport fra programmet; --department, --map, --sheet og --header-row brukes ikke.</source>
        <translation>The file is an export from the program; --department, --map, --sheet and --header-row are not used.</translation>
    </message>
    <message>
        <source>Prøvekjøring: ingenting er lagret.</source>
        <translation>Dry run: nothing has been saved.</translation>
    </message>
    <message>
        <source>Eksporterte {tasks} oppgaver fra {departments} avdelinger til {path}</source>
        <translation>Exported {tasks} tasks from {departments} departments to {path}</translation>
    </message>
    <message>
        <source>Laget importmal {path}</source>
        <translation>Created import template {path}</translation>
    </message>
    <message>
        <source>Ingenting er lagret. Rett feilene i arket, bruk --map/--header-row, eller hopp over radene med feil (--skip-invalid).</source>
        <translation>Nothing has been saved. Fix the errors in the sheet, use --map/--header-row, or skip the rows with errors (--skip-invalid).</translation>
    </message>
    <message>
        <source>{name} (ny avdeling i {municipality})</source>
        <translation>{name} (new department in {municipality})</translation>
    </message>
    <message>
        <source>{sheets} ark, {rows} oppgaverader til {where}: {create} nye, {update} endres, {unchanged} uendret, {skipped} hoppes over, {invalid} med feil.</source>
        <translation>{sheets} sheets, {rows} task rows to {where}: {create} new, {update} changed, {unchanged} unchanged, {skipped} skipped, {invalid} with errors.</translation>
    </message>
    <message>
        <source>Eksport fra programmet: nye {created}; oppdatert {updated}.</source>
        <translation>Export from the program: new {created}; updated {updated}.</translation>
    </message>
    <message>
        <source>Importert til {department} i {path}: {created} nye, {updated} oppdatert, {unchanged} uendret, {skipped} hoppet over.</source>
        <translation>Imported to {department} in {path}: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Kolonner i «{sheet}»:</source>
        <translation>Columns in “{sheet}”:</translation>
    </message>
    <message>
        <source>Tvetydige kolonner (tall som kan være antall personer eller antall ganger): {columns}. Velg med --map.</source>
        <translation>Ambiguous columns (numbers that may be number of people or number of times): {columns}. Choose with --map.</translation>
    </message>
    <message>
        <source>({n} merknader vises med --verbose.)</source>
        <translation>({n} remarks are shown with --verbose.)</translation>
    </message>
    <message>
        <source>Laget ny arbeidsfil {path}.</source>
        <translation>Created new workspace {path}.</translation>
    </message>
    <message>
        <source>--header-row {value}: et ark har høyst {rows} rader.</source>
        <translation>--header-row {value}: a sheet has at most {rows} rows.</translation>
    </message>
    <message>
        <source>--header-row {value}: én rad, eller to rader etter hverandre.</source>
        <translation>--header-row {value}: one row, or two consecutive rows.</translation>
    </message>
    <message>
        <source>Advarsel: {n} kolonne(r) i arket brukes ikke: {columns}.</source>
        <translation>Warning: {n} column(s) in the sheet are not used: {columns}.</translation>
    </message>
    <message>
        <source>Ingenting er lagret: {columns} har tall som kan være antall personer samtidig eller antall ganger. Si hva med --map, f.eks. «--map {first}=staff».</source>
        <translation>Nothing was saved: {columns} have numbers that may be number of people at once or number of times. Specify with --map, e.g. “--map {first}=staff”.</translation>
    </message>
    <message>
        <source>«Hvem kan gjøre» er lagt i scenarioet «{name}».</source>
        <translation>“Who can do it” has been put in the scenario “{name}”.</translation>
    </message>
    <message>
        <source>--header-row {value}: skriv et radnummer, f.eks. 3 eller 3-4.</source>
        <translation>--header-row {value}: enter a row number, e.g. 3 or 3-4.</translation>
    </message>
    <message>
        <source>argumenter</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>valg</source>
        <translation>options</translation>
    </message>
    <message>
        <source>overskriv filen om den finnes (aldri en arbeidsfil eller filen som leses)</source>
        <translation>overwrite the file if it exists (never a working file or the file being read)</translation>
    </message>
    <message>
        <source>Oppgavedeling for helse- og omsorgstjenester. Uten underkommando startes skrivebordsprogrammet (eventuelt på FIL.oppgave).</source>
        <translation>Task sharing for health and care services. Without a command the desktop app starts (on FILE.oppgave if given).</translation>
    </message>
    <message>
        <source>vis versjonsnummeret og avslutt</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>start programmet på et nytt demo-arbeidsområde</source>
        <translation>start the app on a new demo workspace</translation>
    </message>
    <message>
        <source>sjekk installasjonen: vis vinduet, åpne demo, kjør en analyse, skriv en PDF</source>
        <translation>check the installation: show the window, open the demo, run an analysis, write a PDF</translation>
    </message>
    <message>
        <source>språk i programmet (nb = norsk bokmål, en = engelsk)</source>
        <translation>language of the app (nb = Norwegian bokmål, en = English)</translation>
    </message>
    <message>
        <source>kommandoer</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>vis denne hjelpeteksten og avslutt</source>
        <translation>show this help text and exit</translation>
    </message>
    <message>
        <source>Feil: et argument inneholder et NUL-tegn, som ikke er lov.</source>
        <translation>Error: an argument contains a NUL character, which is not allowed.</translation>
    </message>
    <message>
        <source>Avbrutt.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Feil: {path}: {reason}</source>
        <translation>Error: {path}: {reason}</translation>
    </message>
    <message>
        <source>Feil: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>Detaljene er skrevet i {log}.</source>
        <translation>The details have been written to {log}.</translation>
    </message>
    <message>
        <source>Feil: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <source>Feil: noe uventet gikk galt ({kind}: {error}). {detail}</source>
        <translation>Error: something unexpected went wrong ({kind}: {error}). {detail}</translation>
    </message>
    <message>
        <source>lag PDF-rapporten for en avdeling, en kommune eller hele arbeidsfilen</source>
        <translation>create the PDF report for a department, a municipality or the whole workspace</translation>
    </message>
    <message>
        <source>Lag PDF-rapporten. Med --department: én avdeling. Med --municipality: alle avdelingene i kommunen, med sammenligning. Uten noen av dem: én avdeling hvis arbeidsfilen bare har én, ellers alle kommunene.</source>
        <translation>Create the PDF report. With --department: one department. With --municipality: all departments in the municipality, with comparison. With neither: one department if the workspace has only one, otherwise all municipalities.</translation>
    </message>
    <message>
        <source>PDF-filen som lages</source>
        <translation>the PDF file to create</translation>
    </message>
    <message>
        <source>kommunens navn eller id</source>
        <translation>the municipality&apos;s name or id</translation>
    </message>
    <message>
        <source>scenarioets navn eller id (standard: første forslag, ellers «I dag»)</source>
        <translation>the scenario&apos;s name or id (default: first proposal, otherwise “Today”)</translation>
    </message>
    <message>
        <source>sett et annet forslag ved siden av scenarioet (avsnittet «Forslagene mot hverandre»; bare for én avdeling)</source>
        <translation>put another proposal next to the scenario (section “Proposals compared”; single department only)</translation>
    </message>
    <message>
        <source>ikke vis framdrift for mange avdelinger</source>
        <translation>do not show progress for many departments</translation>
    </message>
    <message>
        <source>Laget {path}: {pages} sider ({seconds:.1f} s)</source>
        <translation>Created {path}: {pages} pages ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>deler av rapporten, kommaseparert (standard: alle): {keys}</source>
        <translation>parts of the report, comma-separated (default: all): {keys}</translation>
    </message>
    <message>
        <source><byte value="xd"/>Lager rapporten: {done} av {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare gjelder rapporten for én avdeling: bruk --department.</source>
        <translation>--compare applies to the report for one department: use --department.</translation>
    </message>
    <message>
        <source>lederens arbeidsfil (.oppgave)</source>
        <translation>the manager&apos;s working file (.oppgave)</translation>
    </message>
    <message>
        <source>lederens arbeidsfil eller en gjennomgangskopi</source>
        <translation>the manager&apos;s working file or a review copy</translation>
    </message>
    <message>
        <source>gjennomgangskopien (.oppgave) som HMS-gruppen skriver i</source>
        <translation>the review copy (.oppgave) that the HSE group writes in</translation>
    </message>
    <message>
        <source>Oppgi avdeling med --department.</source>
        <translation>Give the department with --department.</translation>
    </message>
    <message>
        <source>Åpnet {n} kommentarer igjen.</source>
        <translation>Reopened {n} comments.</translation>
    </message>
    <message>
        <source>{n} kommentarer behandlet.</source>
        <translation>{n} comments resolved.</translation>
    </message>
    <message>
        <source>Advarsel: innholdet stemmer ikke med fingeravtrykket.</source>
        <translation>Warning: the contents do not match the fingerprint.</translation>
    </message>
    <message>
        <source>gjennomgang i HMS-gruppen: kopi, kommentarer, import, arbeidsmiljø</source>
        <translation>review in the HSE group: copy, comments, import, working environment</translation>
    </message>
    <message>
        <source>Gjennomgang av oppgavefordelingen i HMS-gruppen (leder, tillitsvalgt, verneombud, ansatte): lag en gjennomgangskopi av en avdeling, skriv kommentarer i kopien, og importer kommentarene tilbake i lederens arbeidsfil.</source>
        <translation>Review of the task distribution in the HSE group (leader, union representative, safety representative, employees): make a review copy of a department, write comments in the copy, and import the comments back into the leader’s workspace.</translation>
    </message>
    <message>
        <source>lag en gjennomgangskopi av én avdeling</source>
        <translation>make a review copy of one department</translation>
    </message>
    <message>
        <source>forslaget som skal gjennomgås (standard: alle)</source>
        <translation>the proposal to review (default: all)</translation>
    </message>
    <message>
        <source>gjennomgangskopien som skal lages</source>
        <translation>the review copy to create</translation>
    </message>
    <message>
        <source>skriv ut gjennomgangsskjemaet som PDF</source>
        <translation>print the review form as PDF</translation>
    </message>
    <message>
        <source>forslaget (standard: kopiens eller det første)</source>
        <translation>the proposal (default: the copy’s or the first)</translation>
    </message>
    <message>
        <source>PDF-filen som skal skrives</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>skriv en kommentar (i en kopi)</source>
        <translation>write a comment (in a copy)</translation>
    </message>
    <message>
        <source>oppgaven det gjelder</source>
        <translation>the task it is about</translation>
    </message>
    <message>
        <source>den helhetlige kommentaren til fordelingen</source>
        <translation>the overall comment on the distribution</translation>
    </message>
    <message>
        <source>agree|disagree|question|comment (eller enig, uenig, spørsmål, kommentar)</source>
        <translation>agree|disagree|question|comment (or enig, uenig, spørsmål, kommentar)</translation>
    </message>
    <message>
        <source>union_rep|safety_rep|employee|leader (eller tillitsvalgt, verneombud, ...)</source>
        <translation>union_rep|safety_rep|employee|leader (or tillitsvalgt, verneombud, ...)</translation>
    </message>
    <message>
        <source>kommentaren</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>foreslåtte arbeidsmiljømerker, f.eks. «tunge-loft,natt» («ingen» for ingen)</source>
        <translation>suggested working-environment flags, e.g. “tunge-loft,natt” (“ingen” for none)</translation>
    </message>
    <message>
        <source>sett arbeidsmiljømerker på en oppgave (i en kopi: som forslag)</source>
        <translation>set working-environment flags on a task (in a copy: as a suggestion)</translation>
    </message>
    <message>
        <source>tunge-loft, alenearbeid, smittefare, nattarbeid, psykisk (kommaseparert)</source>
        <translation>tunge-loft, alenearbeid, smittefare, nattarbeid, psykisk (comma-separated)</translation>
    </message>
    <message>
        <source>rollen som foreslår (i en kopi)</source>
        <translation>the role making the suggestion (in a copy)</translation>
    </message>
    <message>
        <source>begrunnelse (i en kopi)</source>
        <translation>reason (in a copy)</translation>
    </message>
    <message>
        <source>importer kommentarene fra en returnert kopi</source>
        <translation>import the comments from a returned copy</translation>
    </message>
    <message>
        <source>importer selv om kopien ser ut til å være endret eller er ukjent</source>
        <translation>import even if the copy seems altered or is unknown</translation>
    </message>
    <message>
        <source>bare kontroller kopien; importer ingenting</source>
        <translation>only check the copy; import nothing</translation>
    </message>
    <message>
        <source>vis kommentarene</source>
        <translation>show the comments</translation>
    </message>
    <message>
        <source>bare denne oppgaven</source>
        <translation>only this task</translation>
    </message>
    <message>
        <source>bare åpne kommentarer</source>
        <translation>only open comments</translation>
    </message>
    <message>
        <source>bare kommentarer med uenighet</source>
        <translation>only comments that disagree</translation>
    </message>
    <message>
        <source>merk kommentarer som behandlet (eller åpne dem igjen)</source>
        <translation>mark comments as resolved (or reopen them)</translation>
    </message>
    <message>
        <source>id eller uuid</source>
        <translation>id or uuid</translation>
    </message>
    <message>
        <source>åpne kommentarene igjen</source>
        <translation>reopen the comments</translation>
    </message>
    <message>
        <source>gi oppgaven merkene en kommentar foreslår, og merk den behandlet</source>
        <translation>give the task the flags a comment suggests, and mark it resolved</translation>
    </message>
    <message>
        <source>arbeidsmiljø: timer per uke med merket arbeid per yrkesgruppe</source>
        <translation>working environment: hours per week of flagged work per role</translation>
    </message>
    <message>
        <source>ta med merker som er foreslått i åpne kommentarer</source>
        <translation>include flags suggested in open comments</translation>
    </message>
    <message>
        <source>vis hva en gjennomgangskopi inneholder</source>
        <translation>show what a review copy contains</translation>
    </message>
    <message>
        <source>Ingen kommentarer.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <source>åpen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>behandlet</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>(helhetlig kommentar)</source>
        <translation>(overall comment)</translation>
    </message>
    <message>
        <source>Innholdet stemmer med fingeravtrykket.</source>
        <translation>The contents match the fingerprint.</translation>
    </message>
    <message>
        <source>Laget gjennomgangskopi {path} av {department} ({scenario}).</source>
        <translation>Made review copy {path} of {department} ({scenario}).</translation>
    </message>
    <message>
        <source>Fingeravtrykk: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Skrev {path} ({pages} sider).</source>
        <translation>Wrote {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Kommentar {id} lagret ({verdict}, {role}{task}).</source>
        <translation>Comment {id} saved ({verdict}, {role}{task}).</translation>
    </message>
    <message>
        <source>Importerte {added} nye kommentarer fra {path} ({department}); {updated} oppdatert, {unchanged} fantes fra før.</source>
        <translation>Imported {added} new comments from {path} ({department}); {updated} updated, {unchanged} already there.</translation>
    </message>
    <message>
        <source>«{task}» har nå merkene: {flags}</source>
        <translation>“{task}” now has the flags: {flags}</translation>
    </message>
    <message>
        <source>Arbeidsmiljø i {department}: {baseline} → {proposal} (timer per uke)</source>
        <translation>Working environment in {department}: {baseline} → {proposal} (hours per week)</translation>
    </message>
    <message>
        <source>Gjennomgangskopi av {department} ({municipality})</source>
        <translation>Review copy of {department} ({municipality})</translation>
    </message>
    <message>
        <source>Forslag: {scenario}</source>
        <translation>Proposal: {scenario}</translation>
    </message>
    <message>
        <source>Laget fra {source} {when}</source>
        <translation>Made from {source} {when}</translation>
    </message>
    <message>
        <source>Kopi-id: {uuid}</source>
        <translation>Copy id: {uuid}</translation>
    </message>
    <message>
        <source>Kommentarer: {n}</source>
        <translation>Comments: {n}</translation>
    </message>
    <message>
        <source> (standard: kopiens avdeling)</source>
        <translation> (default: the copy’s department)</translation>
    </message>
    <message>
        <source>alle scenarioer</source>
        <translation>all scenarios</translation>
    </message>
    <message>
        <source>Kopien er importert før.</source>
        <translation>The copy has been imported before.</translation>
    </message>
    <message>
        <source>Bruk --accept-tampered for å importere kommentarene likevel.</source>
        <translation>Use --accept-tampered to import the comments anyway.</translation>
    </message>
    <message>
        <source>Advarsel: {problem}</source>
        <translation>Warning: {problem}</translation>
    </message>
    <message>
        <source>Endret siden kopien ble laget: {names}</source>
        <translation>Changed since the copy was made: {names}</translation>
    </message>
    <message>
        <source>Slettet siden kopien ble laget (kommentarene er tatt vare på): {names}</source>
        <translation>Deleted since the copy was made (the comments are kept): {names}</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Advarsel: {text} ({detail})</source>
        <translation>Warning: {text} ({detail})</translation>
    </message>
    <message>
        <source>Foreslo merkene «{flags}» for «{task}» (sendes til lederen).</source>
        <translation>Suggested the flags “{flags}” for “{task}” (sent to the leader).</translation>
    </message>
    <message>
        <source>Kommentarer i kopien: {n}</source>
        <translation>Comments in the copy: {n}</translation>
    </message>
    <message>
        <source>Foreslåtte merker: {flags}</source>
        <translation>Suggested flags: {flags}</translation>
    </message>
    <message>
        <source>gjør avdelingen på serveren lik avdelingen i arbeidsfilen (nye, endrede og slettede oppgaver og forslag)</source>
        <translation>make the department on the server equal to the department in the workspace file (new, changed and deleted tasks and proposals)</translation>
    </message>
    <message>
        <source>vis hva som ville blitt endret på serveren, uten å endre noe</source>
        <translation>show what would change on the server, without changing anything</translation>
    </message>
    <message>
        <source>legg ut selv om avdelingen er endret på serveren siden filen ble hentet</source>
        <translation>publish even if the department has changed on the server since the file was checked out</translation>
    </message>
    <message>
        <source>{name}: {created} nye, {updated} endret, {deleted} slettet</source>
        <translation>{name}: {created} new, {updated} changed, {deleted} deleted</translation>
    </message>
    <message>
        <source>Prøvekjøring, ingenting er endret på serveren: {summary}.</source>
        <translation>Dry run, nothing changed on the server: {summary}.</translation>
    </message>
    <message>
        <source>lag en ny, tom arbeidsfil med standardkatalog</source>
        <translation>create a new, empty workspace with the default catalogue</translation>
    </message>
    <message>
        <source>lag et demo-arbeidsområde (Melhus, Skaun, Midtre Gauldal)</source>
        <translation>create a demo workspace (Melhus, Skaun, Midtre Gauldal)</translation>
    </message>
    <message>
        <source>lag i stedet et stort syntetisk arbeidsområde med så mange oppgaver</source>
        <translation>instead create a large synthetic workspace with this many tasks</translation>
    </message>
    <message>
        <source>frø for tilfeldige tall</source>
        <translation>seed for random numbers</translation>
    </message>
    <message>
        <source>vis antall per tabell og skjemaversjon</source>
        <translation>show counts per table and the schema version</translation>
    </message>
    <message>
        <source>skriv ut som JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <source>Årsverk per yrkesgruppe: stillinger, i dag og i forslaget (kroner per år):</source>
        <translation>FTEs per professional group: positions, today and in the proposal (NOK per year):</translation>
    </message>
    <message>
        <source>Forsvarlighet:</source>
        <translation>Professional safety:</translation>
    </message>
    <message>
        <source>med --json: rykk inn N mellomrom per nivå, for å lese selv (standard: kompakt)</source>
        <translation>with --json: indent N spaces per level, for reading yourself (default: compact)</translation>
    </message>
    <message>
        <source>Finner den billigste fordelingen av oppgavene som bryter ingen regel, og lagrer den som et nytt forslag. Støttefunksjoner (merkantil, renholder/kjøkken/service) får bare praktiske og administrative oppgaver. Lærlinger og elever får høyst like mange årsverk som stillingene gir i dag (0 uten stillinger), med mindre --cap sier noe annet. Avslutter med kode 1 og sier hva som stopper når ingen fordeling oppfyller kravene.</source>
        <translation>Finds the cheapest distribution of the tasks that breaks no rule, and saves it as a new proposal. Support functions (clerical, cleaner/kitchen/service) get only practical and administrative tasks. Apprentices and students get at most as many FTEs as the positions give today (0 without positions), unless --cap says otherwise. Exits with code 1 and says what is blocking when no distribution meets the requirements.</translation>
    </message>
    <message>
        <source>høyst så mange årsverk for rollen, for eksempel SPL=4,5 (kan gjentas); for lærlinger og elever erstatter det standardtaket (dagens stillinger)</source>
        <translation>at most this many FTEs for the role, for example SPL=4,5 (can be repeated); for apprentices and students it replaces the default cap (today&apos;s positions)</translation>
    </message>
    <message>
        <source>omfordel (standard): dagens stillinger er tilbudet; laveste-kostnad: billigst, alle roller kan vokse unntatt de med --hire; flere-brukere: med --growth</source>
        <translation>redistribute (default): current positions are the supply; lowest-cost: cheapest, all roles can grow except those with --hire; more-users: with --growth</translation>
    </message>
    <message>
        <source>ansettelsesramme utover dagens stillinger, for eksempel SPL=1 (kan gjentas)</source>
        <translation>hiring allowance beyond current positions, for example SPL=1 (can be repeated)</translation>
    </message>
    <message>
        <source>så mange prosent flere brukere (gir modus flere-brukere), for eksempel 30</source>
        <translation>this many percent more users (implies mode more-users), for example 30</translation>
    </message>
    <message>
        <source>uten forsvarlighetsgulvet (sykepleier på vakt, andel fagutdannede)</source>
        <translation>without the professional safety floor (nurse on duty, share of qualified staff)</translation>
    </message>
    <message>
        <source>Ingen oppgaver flyttes: dagens fordeling er allerede den beste.</source>
        <translation>No tasks are moved: the current distribution is already the best.</translation>
    </message>
    <message>
        <source>Kurs (investering):</source>
        <translation>Courses (investment):</translation>
    </message>
    <message>
        <source>Pris per år (lønn og kurs): {total} kr; endring mot i dag {change} kr; mot dagens stillinger {positions} kr.</source>
        <translation>Cost per year (wages and courses): NOK {total}; change from today NOK {change}; vs. current positions NOK {positions}.</translation>
    </message>
    <message>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Frigjort t/uke</source>
        <translation>Freed h/week</translation>
    </message>
    <message>
        <source>Endring kr/år</source>
        <translation>Change NOK/year</translation>
    </message>
    <message>
        <source>Kompetansegap i dagens praksis (ikke regnet som kostnad):</source>
        <translation>Competence gap in current practice (not counted as a cost):</translation>
    </message>
    <message>
        <source>Kurs: {once} kr engang, {per_year} kr per år; tjenes inn på {payback}.</source>
        <translation>Courses: NOK {once} one-off, NOK {per_year} per year; pays for itself in {payback}.</translation>
    </message>
    <message>
        <source>Frigjort: {freed}.</source>
        <translation>Freed: {freed}.</translation>
    </message>
    <message>
        <source>Delegering: {people} {role} trenger kompetanseerklæring ({tasks}).</source>
        <translation>Delegation: {people} {role} need a competence declaration ({tasks}).</translation>
    </message>
    <message>
        <source>Mangler {fte} årsverk {role} utover dagens stillinger og ramme.</source>
        <translation>Short {fte} FTE {role} beyond current positions and allowance.</translation>
    </message>
    <message>
        <source>{course} for {role}: {people} pers., {cost} kr ({per_year} kr per år)</source>
        <translation>{course} for {role}: {people} people, NOK {cost} (NOK {per_year} per year)</translation>
    </message>
    <message>
        <source>stopp importen om en kolonne i arket ikke brukes (i stedet for en advarsel)</source>
        <translation>stop the import if a column in the sheet is not used (instead of a warning)</translation>
    </message>
    <message>
        <source>hva «Alle» / «alle yrkesgrupper» / «hvem som helst» i en yrkesgruppe-celle betyr: split = fordel likt på avdelingens pleieroller, unassigned = la stå uten fordeling (uten valget får slike rader en feil)</source>
        <translation>what “Alle” / “alle yrkesgrupper” / “hvem som helst” in a professional group cell means: split = divide equally among the department&apos;s care roles, unassigned = leave unassigned (without this option such rows get an error)</translation>
    </message>
    <message>
        <source>vis kolonnene, rapporten og hva som ville skjedd, uten å lagre noe</source>
        <translation>show the columns, the report and what would have happened, without saving anything</translation>
    </message>
    <message>
        <source>Arket og arbeidsfilen er samme fil.</source>
        <translation>The sheet and the working file are the same file.</translation>
    </message>
    <message>
        <source>Ingenting er lagret (--strict): gi hver kolonne et felt med --map KOLONNE=felt, eller KOLONNE=ignore.</source>
        <translation>Nothing was saved (--strict): give each column a field with --map COLUMN=field, or COLUMN=ignore.</translation>
    </message>
    <message>
        <source>! = flere enn i dag (overbelastet i dag), ↓ = færre (ledig kapasitet), hv = hjemmevakt</source>
        <translation>! = more than today (overloaded today), ↓ = fewer (spare capacity), hv = on-call from home</translation>
    </message>
    <message>
        <source>Årsverk per rolle (plan / i dag):</source>
        <translation>FTEs per role (plan / today):</translation>
    </message>
    <message>
        <source>bemanningsplan og heltidseffekt for et scenario</source>
        <translation>staffing plan and full-time effect for a scenario</translation>
    </message>
    <message>
        <source>Vis personer per rolle per vakt (dag/kveld/natt, hverdag/helg) i scenarioet mot dagens bemanning, årsverk per rolle og hvor mange 100 %-stillinger som kan tilbys med arbeid hver 2./3./4. helg og 7,5 t eller 12,5 t helgevakter.</source>
        <translation>Show people per role per shift (day/evening/night, weekday/weekend) in the scenario vs. current staffing, FTEs per role and how many 100 % positions can be offered with work every 2nd/3rd/4th weekend and 7.5 h or 12.5 h weekend shifts.</translation>
    </message>
    <message>
        <source>scenarioets navn eller id (standard: første forslag)</source>
        <translation>scenario name or id (default: first proposal)</translation>
    </message>
    <message>
        <source>minste stillingsstørrelse i prosent (standard 50)</source>
        <translation>minimum position size in percent (default 50)</translation>
    </message>
    <message>
        <source>overstyr planen: N personer av rollen på vakten (dag/kveld/natt) og dagtypen (hverdag/helg), lagres i scenarioet; kan gjentas</source>
        <translation>override the plan: N people of the role on the shift (dag/kveld/natt) and day type (hverdag/helg), stored in the scenario; may be repeated</translation>
    </message>
    <message>
        <source>fjern en overstyring (det beregnede tallet gjelder igjen); kan gjentas</source>
        <translation>remove an override (the calculated number applies again); may be repeated</translation>
    </message>
    <message>
        <source>skriv JSON</source>
        <translation>write JSON</translation>
    </message>
    <message>
        <source>skriv bemanningsplanen og heltidstallene til Excel</source>
        <translation>write the staffing plan and full-time figures to Excel</translation>
    </message>
    <message>
        <source>lag en grunnturnus for et scenario</source>
        <translation>create a base rota for a scenario</translation>
    </message>
    <message>
        <source>Lag en grunnturnus på N uker fra scenarioets bemanningsplan med en begrensningsløser (OR-Tools CP-SAT), sjekk den mot arbeidsmiljølovens regler og skriv den til Excel (.xlsx) eller CSV.</source>
        <translation>Create a base rota of N weeks from the scenario&apos;s staffing plan with a constraint solver (OR-Tools CP-SAT), check it against the Working Environment Act rules and write it to Excel (.xlsx) or CSV.</translation>
    </message>
    <message>
        <source>turnusens lengde i uker (standard 6)</source>
        <translation>rota length in weeks (default 6)</translation>
    </message>
    <message>
        <source>arbeid hver N. helg (standard 3)</source>
        <translation>work every Nth weekend (default 3)</translation>
    </message>
    <message>
        <source>langvakter (12,5 t) i helgene</source>
        <translation>long shifts (12.5 h) at weekends</translation>
    </message>
    <message>
        <source>stillinger: plan = strukturen scenarioet trenger, today = dagens stillinger, heltid = flest mulig heltidsstillinger (standard plan)</source>
        <translation>positions: plan = the structure the scenario needs, today = current positions, heltid = as many full-time positions as possible (default plan)</translation>
    </message>
    <message>
        <source>hvile mellom vakter (standard 11; under 11 krever --rest-agreement)</source>
        <translation>rest between shifts (default 11; below 11 requires --rest-agreement)</translation>
    </message>
    <message>
        <source>avtalen som tillater kortere hviletid (AML § 10-8 (3))</source>
        <translation>the agreement that allows shorter rest periods (AML § 10-8 (3))</translation>
    </message>
    <message>
        <source>høyst N vakter på rad (standard 5)</source>
        <translation>at most N shifts in a row (default 5)</translation>
    </message>
    <message>
        <source>tidsgrense for løseren (standard 30)</source>
        <translation>time limit for the solver (default 30)</translation>
    </message>
    <message>
        <source>første dag (en mandag; standard neste mandag)</source>
        <translation>first day (a Monday; default next Monday)</translation>
    </message>
    <message>
        <source>lagre turnusen for scenarioet i arbeidsfilen (erstatter den lagrede; vises i fanen Turnus og i rapporten)</source>
        <translation>save the rota for the scenario in the workspace (replaces the saved one; shown in the Rota tab and in the report)</translation>
    </message>
    <message>
        <source>filen turnusen skrives til (.xlsx eller .csv)</source>
        <translation>the file to write the rota to (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>* = endret for hånd (overstyrer det beregnede tallet)</source>
        <translation>* = changed by hand (overrides the calculated number)</translation>
    </message>
    <message>
        <source> (bare hverdager)</source>
        <translation> (weekdays only)</translation>
    </message>
    <message>
        <source>når målet</source>
        <translation>meets the target</translation>
    </message>
    <message>
        <source>under målet</source>
        <translation>below the target</translation>
    </message>
    <message>
        <source>helgene krever flere personer enn årsverkene gir med minste stilling</source>
        <translation>the weekends need more people than the FTEs allow with the minimum position</translation>
    </message>
    <message>
        <source>Tidsgrensen må være over 0 sekunder.</source>
        <translation>The time limit must be above 0 seconds.</translation>
    </message>
    <message>
        <source>Feil: fant ingen turnus.</source>
        <translation>Error: no rota found.</translation>
    </message>
    <message>
        <source>Regelsjekk: alle regler holder.</source>
        <translation>Rule check: all rules hold.</translation>
    </message>
    <message>
        <source>beregnet</source>
        <translation>calculated</translation>
    </message>
    <message>
        <source>Bemanningsplan: personer per vakt (i dag i parentes); tilstedeværelse {p}</source>
        <translation>Staffing plan: people per shift (today in parentheses); attendance {p}</translation>
    </message>
    <message>
        <source>Heltid (turnusroller {roles}; minste stilling {m} %; mål ≥ 50 %). I dag: {k} av {n} i 100 % = {s}.</source>
        <translation>Full-time (rota roles {roles}; minimum position {m} %; target ≥ 50 %). Today: {k} of {n} at 100 % = {s}.</translation>
    </message>
    <message>
        <source>{w} uker, hver {f}. helg{l}: {n} stillinger, løst på {s} s ({status}).</source>
        <translation>{w} weeks, weekends every {f} weeks{l}: {n} positions, solved in {s} s ({status}).</translation>
    </message>
    <message>
        <source>Heltidsstillinger i turnusen: {k} av {n}.</source>
        <translation>Full-time positions in the rota: {k} of {n}.</translation>
    </message>
    <message>
        <source>«{text}»: skriv ROLLE:VAKT:DAGTYPE, f.eks. SPL:natt:helg.</source>
        <translation>“{text}”: write ROLE:SHIFT:DAYTYPE, e.g. SPL:natt:helg.</translation>
    </message>
    <message>
        <source>Ukjent rolle «{role}» (kjente: {known}).</source>
        <translation>Unknown role “{role}” (known: {known}).</translation>
    </message>
    <message>
        <source>Ukjent vakt «{shift}» (dag, kveld eller natt).</source>
        <translation>Unknown shift “{shift}” (dag, kveld or natt).</translation>
    </message>
    <message>
        <source>Ukjent dagtype «{day}» (hverdag eller helg).</source>
        <translation>Unknown day type “{day}” (hverdag or helg).</translation>
    </message>
    <message>
        <source>Advarsel: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <source>  hver {f}. helg, {h} t helgevakter: helgene krever {p} personer; {k} av {n} kan ha 100 % = {s} ({v})</source>
        <translation>  weekends every {f} weeks, {h} h weekend shifts: weekends need {p} people; {k} of {n} can have 100 % = {s} ({v})</translation>
    </message>
    <message>
        <source>, langvakter i helgene</source>
        <translation>, long shifts at weekends</translation>
    </message>
    <message>
        <source>Regelsjekk: {n} brudd.</source>
        <translation>Rule check: {n} violations.</translation>
    </message>
    <message>
        <source>Helligdager (bemannes som søndag): {n}, første dag {d}.</source>
        <translation>Public holidays (staffed as Sunday): {n}, first day {d}.</translation>
    </message>
    <message>
        <source>Lagret turnusen for «{s}» i arbeidsfilen.</source>
        <translation>Saved the rota for “{s}” in the workspace.</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>«{text}»: skriv ROLLE:VAKT:DAGTYPE=N, f.eks. SPL:natt:helg=2.</source>
        <translation>“{text}”: write ROLE:SHIFT:DAYTYPE=N, e.g. SPL:natt:helg=2.</translation>
    </message>
    <message>
        <source>«{text}»: antallet må være mellom 0 og {most}.</source>
        <translation>“{text}”: the number must be between 0 and {most}.</translation>
    </message>
    <message>
        <source>{scenario}: {where} {before} → {after}</source>
        <translation>{scenario}: {where} {before} → {after}</translation>
    </message>
    <message>
        <source>«{text}»: antallet må være et heltall.</source>
        <translation>“{text}”: the number must be a whole number.</translation>
    </message>
    <message>
        <source>vis scenarioene og merk hvilket som er valgt for en avdeling</source>
        <translation>show the scenarios and mark which one is selected for a department</translation>
    </message>
    <message>
        <source>Scenarioene til avdelingene. Lederen merker ett scenario per avdeling som valgt; kommunerapporten bruker det valgte forslaget for hver avdeling.</source>
        <translation>The departments&apos; scenarios. The manager marks one scenario per department as selected; the municipal report uses the selected proposal for each department.</translation>
    </message>
    <message>
        <source>vis scenarioene, med det valgte merket</source>
        <translation>show the scenarios, with the selected one marked</translation>
    </message>
    <message>
        <source>merk et scenario som valgt for avdelingen (ett per avdeling)</source>
        <translation>mark a scenario as selected for the department (one per department)</translation>
    </message>
    <message>
        <source>scenarioets navn eller id</source>
        <translation>scenario name or id</translation>
    </message>
    <message>
        <source>fjern merket: ingen scenario er valgt</source>
        <translation>clear the mark: no scenario is selected</translation>
    </message>
    <message>
        <source>«{scenario}» er valgt for {department}.</source>
        <translation>“{scenario}” is selected for {department}.</translation>
    </message>
    <message>
        <source> (valgt)</source>
        <translation> (selected)</translation>
    </message>
    <message>
        <source>Ingen scenario er valgt for {department}.</source>
        <translation>No scenario is selected for {department}.</translation>
    </message>
    <message>
        <source>sett opp en delt PostgreSQL-server og gi brukere tilgang</source>
        <translation>set up a shared PostgreSQL server and give users access</translation>
    </message>
    <message>
        <source>lag skjemaet, standardkatalogen og tilgangsreglene i en database (som eier)</source>
        <translation>create the schema, the default catalogue and the access rules in a database (as owner)</translation>
    </message>
    <message>
        <source>gi en bruker tilgang</source>
        <translation>give a user access</translation>
    </message>
    <message>
        <source>lese, endre egen avdeling, endre kommunen, administrere</source>
        <translation>read, edit own department, edit the municipality, administer</translation>
    </message>
    <message>
        <source>avdelingen (navn eller id)</source>
        <translation>the department (name or id)</translation>
    </message>
    <message>
        <source>kommunen (navn eller id)</source>
        <translation>the municipality (name or id)</translation>
    </message>
    <message>
        <source>hent en avdeling fra serveren til en ny arbeidsfil</source>
        <translation>check out a department from the server into a new working file</translation>
    </message>
    <message>
        <source>Lagt ut på serveren: {summary}.</source>
        <translation>Published to the server: {summary}.</translation>
    </message>
    <message>
        <source>Hentet til {path}: {summary}.</source>
        <translation>Checked out to {path}: {summary}.</translation>
    </message>
    <message>
        <source>Laget arbeidsflaten og tilgangsreglene på {url}</source>
        <translation>Created the workspace and the access rules at {url}</translation>
    </message>
    <message>
        <source>Tilgangsreglene er oppdatert på {url}</source>
        <translation>The access rules are updated at {url}</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>kontroller at arbeidsfilen er hel (avslutter med kode 1 ved feil)</source>
        <translation>check that the workspace is sound (exits with code 1 on errors)</translation>
    </message>
    <message>
        <source>åpne en arbeidsfil eller en database på en server (postgresql://…)</source>
        <translation>open a working file or a database on a server (postgresql://…)</translation>
    </message>
    <message>
        <source>må være et heltall</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>Laget {path}</source>
        <translation>Created {path}</translation>
    </message>
    <message>
        <source>Laget {path}: {departments} avdelinger, {tasks} oppgaver ({seconds:.1f} s)</source>
        <translation>Created {path}: {departments} departments, {tasks} tasks ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Skjemaversjon</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Laget med versjon</source>
        <translation>Created with version</translation>
    </message>
    <message>
        <source>Advarsel: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>{path} er hel, med {n} advarsler om fordelingen i forslag.</source>
        <translation>{path} is intact, with {n} warnings about the distribution in proposals.</translation>
    </message>
    <message>
        <source>{path} er i orden.</source>
        <translation>{path} is sound.</translation>
    </message>
    <message>
        <source>må være mellom 1 og {maximum}</source>
        <translation>must be between 1 and {maximum}</translation>
    </message>
    <message>
        <source>{n} feil funnet i {path}.</source>
        <translation>{n} errors found in {path}.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hyppighet</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Dager</source>
        <extracomment>The label shown for each field (column headers of the template, combo boxes, reports): a task field&apos;s label comes from the registry (:mod:`oppgave.domain.task_fields`, the first sheet field it is read from); the others (days, who does it, upgrades) are only here.</extracomment>
        <translation>Days</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Tidsbruk</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Antall personer</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Kompetanse</source>
        <translation>Competence</translation>
    </message>
    <message>
        <source>Begrensning</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Arbeidsmiljø</source>
        <translation>Work environment</translation>
    </message>
    <message>
        <source>Hvem gjør i dag</source>
        <translation>Who does it today</translation>
    </message>
    <message>
        <source>Hvem kan gjøre</source>
        <translation>Who can do it</translation>
    </message>
    <message>
        <source>Kompetanseløft</source>
        <translation>Competence upgrade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Oppgave-ID</source>
        <extracomment>Translation contexts. The labels keep the contexts they had before the registry existed (the department-sheet mapping&apos;s «Columns», the export&apos;s «ExportFormat»), so the existing translations still apply. A cell as the workbook readers give it (openpyxl&apos;s value types). made once per export (matching role codes is not free); from ``roles`` when None a new task cannot be made without it (an existing one keeps what it has) what the department-sheet reader says a wrong-typed cell should have been reads a department sheet&apos;s cell text (one of ``task_text``&apos;s parsers), for fields read by the same rule in both importers; None when the sheet reader has its own step</extracomment>
        <translation>Task ID</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Delegering</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>satt til «ignore» (--map)</source>
        <translation>set to “ignore” (--map)</translation>
    </message>
    <message>
        <source>Ukjent felt «{text}». Gyldige: {fields}, ignore.</source>
        <translation>Unknown field “{text}”. Valid: {fields}, ignore.</translation>
    </message>
    <message>
        <source>{column} → ikke brukt: {reason}</source>
        <translation>{column} → not used: {reason}</translation>
    </message>
    <message>
        <source>kolonnen er tom</source>
        <translation>the column is empty</translation>
    </message>
    <message>
        <source>kolonnen har ingen overskrift</source>
        <translation>the column has no header</translation>
    </message>
    <message>
        <source>«{text}»: skriv KOLONNE=felt, f.eks. «Hvem utfører=today» eller «C=frequency».</source>
        <translation>“{text}”: write COLUMN=field, e.g. “Hvem utfører=today” or “C=frequency”.</translation>
    </message>
    <message>
        <source>«{text}»: kolonnen mangler.</source>
        <translation>“{text}”: the column is missing.</translation>
    </message>
    <message>
        <source>feltet {field} er allerede tatt av kolonne {other}</source>
        <translation>the field {field} is already taken by column {other}</translation>
    </message>
    <message>
        <source>tall under en ukjent overskrift: antall personer samtidig eller antall ganger? Velg med --map «{letter}=staff» eller «{letter}=frequency»</source>
        <translation>numbers under an unknown header: number of people at once or number of times? Choose with --map “{letter}=staff” or “{letter}=frequency”</translation>
    </message>
    <message>
        <source>ukjent overskrift; velg feltet med --map «{letter}=felt»</source>
        <translation>unknown header; choose the field with --map “{letter}=field”</translation>
    </message>
</context>
<context>
    <name>CompetenceEditor</name>
    <message>
        <source>Søk … (mellomrom krysser av)</source>
        <translation>Search … (space ticks)</translation>
    </message>
    <message>
        <source>Ingen kompetanse er krysset av. Trykk Enter en gang til for å fjerne alle kravene, eller Esc for å beholde dem.</source>
        <translation>No competence is checked. Press Enter again to remove all requirements, or Esc to keep them.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>(loggen kunne ikke skrives)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Programmet møtte en feil det ikke var forberedt på. Arbeidet ditt er trygt: alle endringer til og med den siste er lagret i arbeidsfilen, og du kan fortsette.

Feil: {summary}

Detaljene er skrevet i loggen {log}. Send dem gjerne til brukerstøtte med «Kopier detaljer».</source>
        <translation>The program ran into an error it was not prepared for. Your work is safe: all changes up to and including the last one are saved in the workspace, and you can continue.

Error: {summary}

The details have been written to the log {log}. Feel free to send them to support using “Copy details”.</translation>
    </message>
</context>
<context>
    <name>DepartmentContext</name>
    <message>
        <source>Oppdatert med endringer fra andre</source>
        <translation>Updated with changes from others</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>f.eks. Solsiden langtidsavdeling</source>
        <extracomment>``False`` uses Qt&apos;s own file dialog instead of the system&apos;s (tests drive it by keys).</extracomment>
        <translation>e.g. Solsiden long-term ward</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tjenestetype</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>Antall brukere / beboere</source>
        <translation>Number of residents / patients</translation>
    </message>
    <message>
        <source>Antall brukere brukes til nøkkeltall og typiske oppgaver.</source>
        <translation>The number of residents is used for key figures and typical tasks.</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Erstatt</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Alle filer (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>{name} finnes allerede. Vil du erstatte den?</source>
        <translation>{name} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Oppgave-arbeidsfiler</source>
        <translation>Oppgave working files</translation>
    </message>
    <message>
        <source>Excel-arbeidsbøker</source>
        <translation>Excel workbooks</translation>
    </message>
    <message>
        <source>CSV-filer</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <source>PDF-filer</source>
        <translation>PDF files</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>bare autorisert helsepersonell</source>
        <translation>only authorised health personnel</translation>
    </message>
    <message>
        <source>bare roller på nivå {level} eller høyere</source>
        <translation>only roles at level {level} or higher</translation>
    </message>
    <message>
        <source>ingen roller (listen er tom)</source>
        <translation>no roles (the list is empty)</translation>
    </message>
    <message>
        <source>bare {roles}</source>
        <translation>only {roles}</translation>
    </message>
    <message>
        <source>alle roller</source>
        <translation>all roles</translation>
    </message>
    <message>
        <source>restriksjonen tillater {who}</source>
        <translation>the restriction allows {who}</translation>
    </message>
    <message>
        <source>mangler {competence}, og ingen kurs gir den</source>
        <translation>lacks {competence}, and no course gives it</translation>
    </message>
    <message>
        <source>mangler {competence} (kurset {course} krever nivå {level})</source>
        <translation>lacks {competence} (the course {course} requires level {level})</translation>
    </message>
    <message>
        <source>Ingen rolle kan gjøre oppgaven {task}</source>
        <translation>No role can do the task {task}</translation>
    </message>
    <message>
        <source>{head}: restriksjonen tillater {who}, og ingen slik rolle finnes.</source>
        <translation>{head}: the restriction allows {who}, and there is no such role.</translation>
    </message>
    <message>
        <source>{head}: restriksjonen tillater {who}; {reasons}.</source>
        <translation>{head}: the restriction allows {who}; {reasons}.</translation>
    </message>
    <message>
        <source>støttefunksjoner får bare praktiske og administrative oppgaver</source>
        <translation>support functions get only practical and administrative tasks</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Filen kunne ikke skrives: ingen tilgang, eller den er åpen i Excel. Lukk filen eller velg et annet sted, og prøv igjen.</source>
        <translation>The file could not be written: no access, or it is open in Excel. Close the file or choose another location, and try again.</translation>
    </message>
    <message>
        <source>Filen kunne ikke skrives: mappen finnes ikke. Velg et annet sted.</source>
        <translation>The file could not be written: the folder does not exist. Choose another location.</translation>
    </message>
    <message>
        <source>Eksporter til Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Eksporter oppgaveliste (CSV)</source>
        <translation>Export task list (CSV)</translation>
    </message>
    <message>
        <source>Lag importmal</source>
        <translation>Create import template</translation>
    </message>
    <message>
        <source>Rapport (PDF) …</source>
        <translation>Report (PDF) …</translation>
    </message>
    <message>
        <source>Importer fra Excel …</source>
        <translation>Import from Excel …</translation>
    </message>
    <message>
        <source>Import ikke tillatt</source>
        <translation>Import not allowed</translation>
    </message>
    <message>
        <source>Dette er en HMS-gjennomgangskopi. Import kan bare gjøres i lederens arbeidsfil.</source>
        <translation>This is an HSE (HMS) review copy. Import can only be done in the leader&apos;s workspace.</translation>
    </message>
    <message>
        <source>Importer fra Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Velg en avdeling først.</source>
        <translation>Select a department first.</translation>
    </message>
    <message>
        <source>Import fra Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Filen kunne ikke skrives: {error}</source>
        <translation>The file could not be written: {error}</translation>
    </message>
    <message>
        <source>Skriver {path} …</source>
        <translation>Writing {path} …</translation>
    </message>
    <message>
        <source>Eksporter til Excel …</source>
        <translation>Export to Excel …</translation>
    </message>
    <message>
        <source>Eksporter oppgaveliste (CSV) …</source>
        <translation>Export task list (CSV) …</translation>
    </message>
    <message>
        <source>Lag importmal …</source>
        <translation>Create import template …</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <source>Filen er skrevet til
{path}</source>
        <translation>The file has been written to
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Laget</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Arbeidsfil</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Arbeidsfil-ID</source>
        <translation>Workspace ID</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Oppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Om filen</source>
        <translation>About the file</translation>
    </message>
    <message>
        <source>Eksport fra oppgave. Arkene «Oppgaver» og «Fordeling» viser hver oppgave og hvem som gjør den i hvert scenario; «Analyse», «Nøkkeltall» og «Kompetanseplan» viser tallene. Filen kan importeres igjen med «oppgave import» (ID-kolonnene holder styr på hva som er hva; ikke endre dem).</source>
        <translation>Export from oppgave. The sheets “Tasks” and “Distribution” show each task and who does it in each scenario; “Analysis”, “Key figures” and “Competence plan” show the figures. The file can be imported again with “oppgave import” (the ID columns keep track of what is what; do not change them).</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.</source>
        <translation>Unknown file type “{suffix}”: use .xlsx or .csv.</translation>
    </message>
    <message>
        <source>(ingen kurs gir kompetansen)</source>
        <translation>(no course gives the competence)</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Oppgave-ID</source>
        <translation>Oppgave-ID</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Hyppighet</source>
        <translation>Hyppighet</translation>
    </message>
    <message>
        <source>Antall ganger</source>
        <translation>Antall ganger</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Dager</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Ganger per uke</source>
        <translation>Ganger per uke</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Tidsbruk (min)</source>
        <translation>Tidsbruk (min)</translation>
    </message>
    <message>
        <source>Antall personer</source>
        <translation>Antall personer</translation>
    </message>
    <message>
        <source>Timer per uke</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>Kompetanse</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Begrensning</source>
        <translation>Begrensning</translation>
    </message>
    <message>
        <source>Laveste nivå</source>
        <translation>Laveste nivå</translation>
    </message>
    <message>
        <source>Begrenset til</source>
        <translation>Begrenset til</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arbeidsmiljø</source>
        <translation>Arbeidsmiljø</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Delegering</source>
        <translation>Delegering</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Hvem gjør i dag</source>
        <translation>Hvem gjør i dag</translation>
    </message>
</context>
<context>
    <name>FileKeeper</name>
    <message>
        <source>Innholdet av {name} kan ikke lenger leses.</source>
        <translation>The contents of {name} can no longer be read.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre kopi til {path}: {reason}</source>
        <translation>Could not save copy to {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{name} er allerede åpen hos {user} på maskinen {host} (siden {time}). Endringer dere gjør samtidig kan overskrive hverandre.</source>
        <translation>{name} is already open by {user} on the computer {host} (since {time}). Changes you both make at the same time can overwrite each other.</translation>
    </message>
</context>
<context>
    <name>FloorSettingsDialog</name>
    <message>
        <source>Endre forsvarlighet og forslag</source>
        <translation>Change safety and proposals</translation>
    </message>
    <message>
        <source>Gulvet gjelder alle forslag for avdelingen. Begrunnelsene står i docs/analyse.md («Forsvarlighetsgulv»). Ctrl+Z angrer en endring.</source>
        <translation>The floor applies to every proposal of the department. The reasons are in docs/analyse.md (“Safety floor”). Ctrl+Z undoes a change.</translation>
    </message>
    <message>
        <source>Standardverdier</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Verdiene er standardene for tjenestetypen «{service}».</source>
        <translation>The values are the defaults of the service type “{service}”.</translation>
    </message>
    <message>
        <source>Avdelingen har egne verdier (standardene for «{service}» er annerledes).</source>
        <translation>The department has its own values (the defaults for “{service}” differ).</translation>
    </message>
    <message>
        <source>Forsvarlighet og forslag – {name}</source>
        <translation>Safety and proposals – {name}</translation>
    </message>
    <message>
        <source>Skriv ROLLE=ÅRSVERK, for eksempel SPL=1, ikke «{part}».</source>
        <translation>Write ROLE=FTE, for example SPL=1, not “{part}”.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <source>hverdager</source>
        <translation>weekdays</translation>
    </message>
    <message>
        <source>helg</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>intervallet {a}–{b} er regnet som {mean}</source>
        <translation>the interval {a}–{b} is counted as {mean}</translation>
    </message>
    <message>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>«Kontinuerlig» sier ikke når. Skriv vakten, f.eks. «kontinuerlig på natt», «hele dagvakta» eller «hele døgnet», eller fyll inn tidspunktet først.</source>
        <translation>“Continuous” doesn&apos;t say when. Enter the shift, e.g. “kontinuerlig på natt”, “hele dagvakta” or “hele døgnet”, or fill in the time first.</translation>
    </message>
    <message>
        <source>Hyppighet mangler.</source>
        <translation>Frequency is missing.</translation>
    </message>
    <message>
        <source>«Et par» er ikke et tall; skriv hvor mange, f.eks. «2 ganger i uka».</source>
        <translation>“Et par” is not a number; write how many, e.g. “2 ganger i uka”.</translation>
    </message>
    <message>
        <source>Tidsbruk mangler.</source>
        <translation>Time spent is missing.</translation>
    </message>
    <message>
        <source>Tidsbruken må være mer enn 0 minutter.</source>
        <translation>The time spent must be more than 0 minutes.</translation>
    </message>
    <message>
        <source>Hvilket LEON-nivå? Skriv f.eks. «LEON-nivå ≥ 2».</source>
        <translation>Which LEON level? Enter e.g. “LEON-nivå ≥ 2”.</translation>
    </message>
    <message>
        <source>Velg hvilke yrkesgrupper som kan gjøre oppgaven.</source>
        <translation>Choose which professional groups can do the task.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>Forstår ikke hyppigheten «{text}». Skriv f.eks. «2 ganger daglig», «3 ganger i uka», «annenhver dag» eller «1 gang i måneden».</source>
        <translation>Cannot understand the frequency “{text}”. Write e.g. “2 ganger daglig”, “3 ganger i uka”, “annenhver dag” or “1 gang i måneden”.</translation>
    </message>
    <message>
        <source>Tom yrkesgruppe.</source>
        <translation>Empty role.</translation>
    </message>
    <message>
        <source>Intervallet {a}–{b} er baklengs.</source>
        <translation>The interval {a}–{b} is backwards.</translation>
    </message>
    <message>
        <source>Forstår ikke dagene «{text}». Skriv f.eks. «hverdager», «helg» eller «man, ons, fre».</source>
        <translation>Cannot understand the days “{text}”. Write e.g. “hverdager”, “helg” or “man, ons, fre”.</translation>
    </message>
    <message>
        <source>«{text}»: til stede hele tiden i tidsrommet.</source>
        <translation>“{text}”: present the whole time in the time window.</translation>
    </message>
    <message>
        <source>«Kontinuerlig» i tidsrom av ulik lengde ({windows}) kan ikke bli én oppgave; del den i én oppgave per tidsrom.</source>
        <translation>“Continuous” in time windows of different lengths ({windows}) cannot be one task; split it into one task per time window.</translation>
    </message>
    <message>
        <source>Hyppigheten er ukjent («{text}»); oppgi et anslag.</source>
        <translation>The frequency is unknown (“{text}”); give an estimate.</translation>
    </message>
    <message>
        <source>«{text}» sier ikke hvor ofte; legg til et anslag, f.eks. «ved behov, ca. 3 ganger i uka».</source>
        <translation>“{text}” does not say how often; add an estimate, e.g. “ved behov, ca. 3 ganger i uka”.</translation>
    </message>
    <message>
        <source>Hyppigheten må være mer enn 0 («{text}»).</source>
        <translation>The frequency must be more than 0 (“{text}”).</translation>
    </message>
    <message>
        <source>Oppgi hvor ofte {count} gang(er) er: per dag, uke, måned eller år (f.eks. «{count} ganger i uka»).</source>
        <translation>Specify how often {count} time(s) is: per day, week, month or year (e.g. “{count} ganger i uka”).</translation>
    </message>
    <message>
        <source>Tidsbruken er ukjent («{text}»); oppgi et anslag.</source>
        <translation>The time spent is unknown (“{text}”); give an estimate.</translation>
    </message>
    <message>
        <source>Tidsbruk per beboer («{text}») kan ikke leses: skriv tiden for hele oppgaven hver gang den gjøres, f.eks. «60 min» for 12 beboere à 5 min.</source>
        <translation>Time spent per resident (“{text}”) cannot be read: write the time for the whole task each time it is done, e.g. “60 min” for 12 residents at 5 min each.</translation>
    </message>
    <message>
        <source>Forstår ikke tidsbruken «{text}». Skriv f.eks. «15 min», «1,5 t» eller «1 time».</source>
        <translation>Cannot understand the time spent “{text}”. Write e.g. “15 min”, “1,5 t” or “1 time”.</translation>
    </message>
    <message>
        <source>Tidsbruken {text} er mer enn et døgn; oppgi tid per gang.</source>
        <translation>The time spent {text} is more than 24 hours; give the time per occurrence.</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe «{text}». Kjente: {codes}.</source>
        <translation>Unknown role “{text}”. Known: {codes}.</translation>
    </message>
    <message>
        <source>Yrkesgruppen er ukjent («{text}»).</source>
        <translation>The role is unknown (“{text}”).</translation>
    </message>
    <message>
        <source>«{text}» er ikke en yrkesgruppe; skriv hvilke, f.eks. «SPL/HFA/ASS».</source>
        <translation>“{text}” is not a role; write which ones, e.g. “SPL/HFA/ASS”.</translation>
    </message>
    <message>
        <source>Andelene i «{text}» summerer til {total} %, ikke 100 %.</source>
        <translation>The shares in “{text}” add up to {total} %, not 100 %.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et gyldig klokkeslett (00:00–24:00).</source>
        <translation>“{text}” is not a valid time (00:00–24:00).</translation>
    </message>
    <message>
        <source>«{text}»: avdelingen har ingen pleieroller med stillinger å fordele på. Legg inn stillingene først, eller la oppgaven stå uten fordeling.</source>
        <translation>“{text}”: the department has no care roles with positions to distribute among. Enter the positions first, or leave the task unassigned.</translation>
    </message>
    <message>
        <source>Forstår ikke «{text}». Skriv «autorisert», «LEON-nivå ≥ 2», «bare SPL, VPL» eller la feltet stå tomt.</source>
        <translation>Don&apos;t understand “{text}”. Enter “autorisert”, “LEON-nivå ≥ 2”, “bare SPL, VPL” or leave the field empty.</translation>
    </message>
    <message>
        <source>Antall personer må være et helt tall fra 1 til {n} («{text}»).</source>
        <translation>Number of people must be a whole number from 1 to {n} (“{text}”).</translation>
    </message>
    <message>
        <source>Antall personer må være fra 1 til {n} («{text}»).</source>
        <translation>Number of people must be from 1 to {n} (“{text}”).</translation>
    </message>
    <message>
        <source>«{text}» er ikke én yrkesgruppe. Velg «fordel likt på avdelingens pleieroller» eller «la stå uten fordeling» (--all-roles split|unassigned), eller skriv hvilke, f.eks. «SPL/HFA/ASS».</source>
        <translation>“{text}” is not one professional group. Choose “divide equally among the department&apos;s care roles” or “leave unassigned” (--all-roles split|unassigned), or enter which ones, e.g. “SPL/HFA/ASS”.</translation>
    </message>
    <message>
        <source>Ukjent kompetanse «{name}». Skriv koden, f.eks. «LM-INJ, SAR-ENKEL».</source>
        <translation>Unknown competence “{name}”. Enter the code, e.g. “LM-INJ, SAR-ENKEL”.</translation>
    </message>
    <message>
        <source>«{text}» ser ut som en tidsbruk, ikke en hyppighet.</source>
        <translation>“{text}” looks like a time spent, not a frequency.</translation>
    </message>
    <message>
        <source>Forstår ikke tidspunktet «{text}». Skriv f.eks. «morgen», «kveld», «natt», «kl 08» eller «08:00-09:30».</source>
        <translation>Cannot understand the time of day “{text}”. Write e.g. “morgen”, “kveld”, “natt”, “kl 08” or “08:00-09:30”.</translation>
    </message>
    <message>
        <source>Andelene i «{text}» gir ingenting igjen til {n} yrkesgruppe(r).</source>
        <translation>The shares in “{text}” leave nothing for {n} role(s).</translation>
    </message>
    <message>
        <source>Ingen dager igjen etter unntaket i «{text}».</source>
        <translation>No days left after the exception in “{text}”.</translation>
    </message>
    <message>
        <source>«{text}» kan være flere yrkesgrupper: {names}.</source>
        <translation>“{text}” could be several roles: {names}.</translation>
    </message>
</context>
<context>
    <name>Hardening</name>
    <message>
        <source>Lagre som …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>Lagre arbeidet et annet sted</source>
        <translation>Save the work somewhere else</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi …</source>
        <translation>Restore from backup …</translation>
    </message>
    <message>
        <source>Hent tilbake en tidligere versjon av arbeidsfilen.</source>
        <translation>Retrieve an earlier version of the workspace.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>{name} er skrivebeskyttet (filen eller mappen): du kan se, men ikke endre. Bruk «Lagre som …» for å lagre en kopi du kan arbeide videre i.</source>
        <translation>{name} is read-only (the file or the folder): you can view, but not change. Use “Save as …” to save a copy you can continue working in.</translation>
    </message>
    <message>
        <source>Arbeidsfilen {name} finnes ikke lenger i {folder} (flyttet, slettet eller nettverksstasjonen er borte). Nye endringer kan ikke lagres der. Arbeidet ditt er ikke tapt: lagre det et annet sted med «Lagre som …».</source>
        <translation>The workspace {name} no longer exists in {folder} (moved, deleted, or the network drive is gone). New changes cannot be saved there. Your work is not lost: save it somewhere else with “Save as …”.</translation>
    </message>
    <message>
        <source>Du kan hente siste sikkerhetskopi med «Gjenopprett fra sikkerhetskopi …».</source>
        <translation>You can retrieve the latest backup with “Restore from backup …”.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Oppgi avdelingen det skal importeres til.</source>
        <translation>Specify the department to import into.</translation>
    </message>
    <message>
        <source>Importen er stoppet: {message} Ingenting er lagret.</source>
        <translation>The import has been stopped: {message} Nothing has been saved.</translation>
    </message>
    <message>
        <source>{n} rader har feil. Rett dem eller hopp over dem (--skip-invalid); ingenting er lagret.</source>
        <translation>{n} rows have errors. Fix them or skip them (--skip-invalid); nothing has been saved.</translation>
    </message>
    <message>
        <source>Avdelingen {name} finnes ikke, og arbeidsfilen har ingen kommune å lage den i. Oppgi kommunen (--municipality NAVN).</source>
        <translation>The department {name} does not exist, and the workspace has no municipality to create it in. Specify the municipality (--municipality NAME).</translation>
    </message>
    <message>
        <source>«{name}» er utgangspunktet; velg et annet scenario for «Hvem kan gjøre».</source>
        <translation>“{name}” is the baseline; choose another scenario for “Who can do it”.</translation>
    </message>
    <message>
        <source>«Hvem kan gjøre» fra {file}</source>
        <translation>“Who can do it” from {file}</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>sann/usann</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>en dato</source>
        <translation>a date</translation>
    </message>
    <message>
        <source>et klokkeslett</source>
        <translation>a time of day</translation>
    </message>
    <message>
        <source>en tidslengde</source>
        <translation>a duration</translation>
    </message>
    <message>
        <source>et tall</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>Ingen ark med oppgaver funnet.</source>
        <translation>No sheets with tasks found.</translation>
    </message>
    <message>
        <source>Raden har bare én tekst og ser ikke ut som en oppgave; hoppet over.</source>
        <translation>The row has only one text and does not look like a task; skipped.</translation>
    </message>
    <message>
        <source>navnet på oppgaven</source>
        <translation>the name of the task</translation>
    </message>
    <message>
        <source>en kategori</source>
        <translation>a category</translation>
    </message>
    <message>
        <source>dager</source>
        <translation>days</translation>
    </message>
    <message>
        <source>en status</source>
        <translation>a status</translation>
    </message>
    <message>
        <source>kompetanser</source>
        <translation>competences</translation>
    </message>
    <message>
        <source>kompetanseløft</source>
        <translation>competence upgrades</translation>
    </message>
    <message>
        <source>yrkesgrupper som «SPL/HFA»</source>
        <translation>roles such as “SPL/HFA”</translation>
    </message>
    <message>
        <source>en Oppgave-ID</source>
        <translation>a Task ID</translation>
    </message>
    <message>
        <source>Skjult ark; hoppet over.</source>
        <translation>Hidden sheet; skipped.</translation>
    </message>
    <message>
        <source>Arket har ingen kolonne for kategori; nye oppgaver får «direkte pasientarbeid».</source>
        <translation>The sheet has no column for category; new tasks get “direct patient care”.</translation>
    </message>
    <message>
        <source>Overskrift: kategori for radene under.</source>
        <translation>Heading: category for the rows below.</translation>
    </message>
    <message>
        <source>Overskrift (ingen oppgave); hoppet over.</source>
        <translation>Heading (no task); skipped.</translation>
    </message>
    <message>
        <source>Cellen har en formel uten lagret verdi. Åpne filen i Excel og lagre den, eller skriv inn verdien.</source>
        <translation>The cell has a formula without a stored value. Open the file in Excel and save it, or enter the value.</translation>
    </message>
    <message>
        <source>Navnet på oppgaven mangler.</source>
        <translation>The name of the task is missing.</translation>
    </message>
    <message>
        <source>Teksten er for lang.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <source>en hyppighet som «2 ganger daglig»</source>
        <translation>a frequency such as “2 ganger daglig”</translation>
    </message>
    <message>
        <source>et tidspunkt som «morgen» eller «kl 08»</source>
        <translation>a time of day such as “morgen” or “kl 08”</translation>
    </message>
    <message>
        <source>en tidsbruk som «15 min»</source>
        <translation>a time spent such as “15 min”</translation>
    </message>
    <message>
        <source>et antall personer</source>
        <translation>a number of people</translation>
    </message>
    <message>
        <source>Ikke en gyldig Oppgave-ID; oppgaven matches på navn.</source>
        <translation>Not a valid Task ID; the task is matched by name.</translation>
    </message>
    <message>
        <source>Fant ingen overskriftsrad med en kolonne for oppgaven og minst én kolonne til; arket er hoppet over. Oppgi overskriftsraden eller kolonnene om arket har oppgaver.</source>
        <translation>Found no heading row with a column for the task and at least one more column; the sheet has been skipped. Specify the heading row or the columns if the sheet has tasks.</translation>
    </message>
    <message>
        <source>Sumrad; hoppet over.</source>
        <translation>Total row; skipped.</translation>
    </message>
    <message>
        <source>Overskrift: tidspunkt {windows} for radene under.</source>
        <translation>Heading: time of day {windows} for the rows below.</translation>
    </message>
    <message>
        <source>Ved behov: hyppigheten er et anslag.</source>
        <translation>As needed: the frequency is an estimate.</translation>
    </message>
    <message>
        <source>Merknaden er for lang.</source>
        <translation>The remark is too long.</translation>
    </message>
    <message>
        <source>Oppgave-ID-en tilhører en oppgave i en annen avdeling.</source>
        <translation>The Task ID belongs to a task in another department.</translation>
    </message>
    <message>
        <source>Feil type: cellen er {actual}, forventet {expected}.</source>
        <translation>Wrong type: the cell is {actual}, expected {expected}.</translation>
    </message>
    <message>
        <source>Tidsbruken må være mer enn 0.</source>
        <translation>The time spent must be more than 0.</translation>
    </message>
    <message>
        <source>Ukjent kompetanse; teksten er lagt i merknaden.</source>
        <translation>Unknown competence; the text has been put in the remark.</translation>
    </message>
    <message>
        <source>Kompetanseløftet er ikke et kjent kurs eller en kjent kompetanse; teksten er lagt i merknaden.</source>
        <translation>The competence upgrade is not a known course or a known competence; the text has been put in the remark.</translation>
    </message>
    <message>
        <source>Fant ingen kolonne «{column}» å gi feltet {field}.</source>
        <translation>Found no column “{column}” to give the field {field}.</translation>
    </message>
    <message>
        <source>Kontinuerlig: {frequency}, {duration} i {windows}.</source>
        <translation>Continuous: {frequency}, {duration} in {windows}.</translation>
    </message>
    <message>
        <source>Avdelingen har {n} oppgaver med dette navnet; bruk Oppgave-ID.</source>
        <translation>The department has {n} tasks with this name; use Task ID.</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {n} tegn).</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Ved behov: regnet som {frequency} (anslaget).</source>
        <translation>As needed: counted as {frequency} (the estimate).</translation>
    </message>
    <message>
        <source>Lagret som klokkeslett i Excel; lest som {minutes} minutter.</source>
        <translation>Stored as a time of day in Excel; read as {minutes} minutes.</translation>
    </message>
    <message>
        <source>Kolonnen brukes ikke: {reason}.</source>
        <translation>Column not used: {reason}.</translation>
    </message>
    <message>
        <source>Arknavnet gir tidspunktet {windows} for oppgavene uten tidspunkt.</source>
        <translation>The sheet name gives the time of day {windows} for the tasks without a time of day.</translation>
    </message>
    <message>
        <source>Arket har ingen kolonne for {field}: bare oppgaver som finnes fra før kan oppdateres herfra. Velg kolonnen om den har et annet navn.</source>
        <translation>The sheet has no column for {field}: only existing tasks can be updated from here. Choose the column if it has a different name.</translation>
    </message>
    <message>
        <source>Tidspunkt fra «{source}».</source>
        <translation>Time of day from “{source}”.</translation>
    </message>
    <message>
        <source>Samme oppgave står også i «{sheet}» rad {row}; gi dem ulike navn eller hopp over den ene.</source>
        <translation>The same task is also in “{sheet}” row {row}; give them different names or skip one of them.</translation>
    </message>
    <message>
        <source>Oppgaven er allerede oppdatert fra «{sheet}» rad {row}.</source>
        <translation>The task has already been updated from “{sheet}” row {row}.</translation>
    </message>
    <message>
        <source> Tidsbruken i arket ({given}) er erstattet.</source>
        <translation> The time use in the sheet ({given}) has been replaced.</translation>
    </message>
    <message>
        <source>Kompetanse: {text}</source>
        <translation>Competence: {text}</translation>
    </message>
    <message>
        <source>Kompetanseløft: {text}</source>
        <translation>Competence upgrade: {text}</translation>
    </message>
    <message>
        <source>Oppgaven krever {names}; kompetanseløftet beregnes av analysen.</source>
        <translation>The task requires {names}; the competence upgrade is calculated by the analysis.</translation>
    </message>
    <message>
        <source>«Alle»: {how}.</source>
        <translation>“Alle”: {how}.</translation>
    </message>
    <message>
        <source>Dagene stemmer ikke med hyppigheten ({frequency}).</source>
        <translation>The days do not match the frequency ({frequency}).</translation>
    </message>
    <message>
        <source>{field} mangler (ny oppgave).</source>
        <translation>{field} is missing (new task).</translation>
    </message>
    <message>
        <source>uten fordeling</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>{role} kan ikke gjøre «{task}»: oppgaven er begrenset.</source>
        <translation>{role} cannot do “{task}”: the task is restricted.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importer fra Excel</source>
        <extracomment>Sheet columns shown at most (formatting often reaches far to the right). Runs the write (a callable) and returns its result; the main window sets it to put the import on the undo stack. ``None``: write directly (the dialog on its own).</extracomment>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Ingen fil valgt</source>
        <translation>No file selected</translation>
    </message>
    <message>
        <source>Velg fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Scenarioet som får kolonnen «Hvem kan gjøre»</source>
        <translation>The scenario that gets the column “Who can do it”</translation>
    </message>
    <message>
        <source>Importer dette arket</source>
        <translation>Import this sheet</translation>
    </message>
    <message>
        <source>rad </source>
        <translation>row </translation>
    </message>
    <message>
        <source>Finn automatisk</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Vis merknader</source>
        <translation>Show remarks</translation>
    </message>
    <message>
        <source>«Alle» som yrkesgruppe: spør (radene får feil)</source>
        <translation>“Alle” as professional group: ask (rows get an error)</translation>
    </message>
    <message>
        <source>«Alle»: fordel likt på avdelingens pleieroller</source>
        <translation>“Alle”: divide equally among the department&apos;s care roles</translation>
    </message>
    <message>
        <source>«Alle»: la stå uten fordeling</source>
        <translation>“Alle”: leave unassigned</translation>
    </message>
    <message>
        <source>Hopp over rader med feil</source>
        <translation>Skip rows with errors</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>«Hvem kan gjøre» til scenario:</source>
        <translation>“Who can do it” to scenario:</translation>
    </message>
    <message>
        <source>Ark:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Overskrift på</source>
        <translation>Heading on</translation>
    </message>
    <message>
        <source>Kolonner (velg hva hver kolonne inneholder):</source>
        <translation>Columns (choose what each column contains):</translation>
    </message>
    <message>
        <source>Valideringsrapport</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <source>Kan ikke importere</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Filen er en eksport fra oppgave. Den importeres som helhet: alle avdelinger, oppgaver, scenarioer og bemanning i filen (oppdaterer det som finnes fra før).</source>
        <translation>The file is an export from oppgave. It is imported as a whole: all departments, tasks, scenarios and staffing in the file (updating what already exists).</translation>
    </message>
    <message>
        <source>{rows} rader: {create} nye, {update} endres, {unchanged} uendret, {skipped} hoppes over, {invalid} med feil.</source>
        <translation>{rows} rows: {create} new, {update} changed, {unchanged} unchanged, {skipped} skipped, {invalid} with errors.</translation>
    </message>
    <message>
        <source>Kolonne {column} i «{sheet}» har tall: velg om den er antall personer eller hyppighet før du importerer.</source>
        <translation>Column {column} in “{sheet}” has numbers: choose whether it is number of people or frequency before importing.</translation>
    </message>
    <message>
        <source>Ikke brukt: {columns}.</source>
        <translation>Not used: {columns}.</translation>
    </message>
    <message>
        <source>Avdeling: {name}</source>
        <translation>Department: {name}</translation>
    </message>
    <message>
        <source>(ikke brukt)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Velg: antall personer eller hyppighet?</source>
        <translation>Choose: number of people or frequency?</translation>
    </message>
    <message>
        <source>ikke brukt</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Importen ble ikke lagret</source>
        <translation>The import was not saved</translation>
    </message>
    <message>
        <source>Importert, med merknader</source>
        <translation>Imported, with notes</translation>
    </message>
    <message>
        <source>Velg Excel-ark</source>
        <translation>Choose Excel sheet</translation>
    </message>
    <message>
        <source>Excel-arbeidsbøker (*.xlsx *.xlsm);;Alle filer (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ta med</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Direkte pasientarbeid</source>
        <translation>Direct patient work</translation>
    </message>
    <message>
        <source>Indirekte pasientarbeid</source>
        <translation>Indirect patient work</translation>
    </message>
    <message>
        <source>Administrativt</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Praktisk / service</source>
        <translation>Practical / service</translation>
    </message>
    <message>
        <source>Fagutvikling</source>
        <translation>Professional development</translation>
    </message>
    <message>
        <source>Kartlagt</source>
        <translation>Mapped</translation>
    </message>
    <message>
        <source>Diskutert</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Enighet</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Autorisert helsepersonell</source>
        <translation>Authorised health personnel</translation>
    </message>
    <message>
        <source>Minste LEON-nivå</source>
        <translation>Minimum LEON level</translation>
    </message>
    <message>
        <source>Bare bestemte yrkesgrupper</source>
        <translation>Only certain roles</translation>
    </message>
    <message>
        <source>lav</source>
        <translation>low</translation>
    </message>
    <message>
        <source>middels</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>høy</source>
        <translation>high</translation>
    </message>
    <message>
        <source>kan overføres</source>
        <translation>can be transferred</translation>
    </message>
    <message>
        <source>kan delegeres med veiledning</source>
        <translation>can be delegated with supervision</translation>
    </message>
    <message>
        <source>beholdes</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>kveld</source>
        <translation>evening</translation>
    </message>
    <message>
        <source>natt</source>
        <translation>night</translation>
    </message>
    <message>
        <source>hverdag</source>
        <translation>weekday</translation>
    </message>
    <message>
        <source>helg</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>uke</source>
        <translation>week</translation>
    </message>
    <message>
        <source>måned</source>
        <translation>month</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Langtidsavdeling (sykehjem)</source>
        <translation>Long-term ward (nursing home)</translation>
    </message>
    <message>
        <source>Korttidsavdeling (sykehjem)</source>
        <translation>Short-term ward (nursing home)</translation>
    </message>
    <message>
        <source>Hjemmetjenesten</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>Bofellesskap</source>
        <translation>Sheltered housing</translation>
    </message>
    <message>
        <source>Demensavdeling</source>
        <translation>Dementia ward</translation>
    </message>
    <message>
        <source>Rehabilitering</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>man</source>
        <extracomment>Short names of the weekdays, Monday first (``Weekday`` bit order).</extracomment>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>daglig</source>
        <extracomment>Frequency units in the plural-free form used after &quot;per&quot; («2 per dag»).</extracomment>
        <translation>daily</translation>
    </message>
    <message>
        <source>ukentlig</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>månedlig</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>årlig</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>Administrativt arbeid</source>
        <extracomment>Longer forms some outputs use (the PDF report&apos;s headings); read back like the labels.</extracomment>
        <translation>Administrative work</translation>
    </message>
    <message>
        <source>Praktisk arbeid og service</source>
        <translation>Practical work and service</translation>
    </message>
    <message>
        <source>Langtidsopphold i sykehjem</source>
        <translation>Long-term stay in nursing home</translation>
    </message>
    <message>
        <source>Korttidsopphold</source>
        <translation>Short-term stay</translation>
    </message>
    <message>
        <source>Skjermet enhet for personer med demens</source>
        <translation>Dementia care unit</translation>
    </message>
    <message>
        <source>Annen tjeneste</source>
        <translation>Other service</translation>
    </message>
    <message>
        <source>Hjemmetjeneste</source>
        <translation>Home care</translation>
    </message>
    <message>
        <source>tunge løft</source>
        <extracomment>The task fields a cell can hold, by the key :func:`read_cell` takes. The translation context of the working-environment words (the exchange&apos;s word list). Working-environment flags as the sheets write them (``WorkFlag`` bits).</extracomment>
        <translation>heavy lifting</translation>
    </message>
    <message>
        <source>alenearbeid</source>
        <translation>working alone</translation>
    </message>
    <message>
        <source>smittefare</source>
        <translation>risk of infection</translation>
    </message>
    <message>
        <source>nattarbeid</source>
        <translation>night work</translation>
    </message>
    <message>
        <source>psykisk belastning</source>
        <translation>mental strain</translation>
    </message>
</context>
<context>
    <name>Leon</name>
    <message>
        <source>{role}: laveste nivå som har {competences}</source>
        <translation>{role}: the lowest level that has {competences}</translation>
    </message>
    <message>
        <source>{role}: laveste nivå som kan gjøre oppgaven</source>
        <translation>{role}: the lowest level that can do the task</translation>
    </message>
    <message>
        <source> etter kurs: {courses}</source>
        <translation> after courses: {courses}</translation>
    </message>
    <message>
        <source>; lavest timekostnad på nivået</source>
        <translation>; lowest hourly cost at that level</translation>
    </message>
    <message>
        <source> (restriksjon: {who})</source>
        <translation> (restriction: {who})</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <source>«{task}»: ukjent yrkesgruppe {codes}; oppgaven er ikke fordelt.</source>
        <translation>“{task}”: unknown role {codes}; the task is unassigned.</translation>
    </message>
    <message>
        <source>«{task}»: kompetansen {code} finnes ikke i katalogen og er utelatt.</source>
        <translation>“{task}”: the competence {code} is not in the catalogue and was left out.</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <source>kommune</source>
        <extracomment>What each table is called in messages for the user.</extracomment>
        <translation>municipality</translation>
    </message>
    <message>
        <source>avdeling</source>
        <translation>department</translation>
    </message>
    <message>
        <source>yrkesgruppe</source>
        <translation>role</translation>
    </message>
    <message>
        <source>kompetanse</source>
        <translation>competence</translation>
    </message>
    <message>
        <source>kurs</source>
        <translation>course</translation>
    </message>
    <message>
        <source>oppgave</source>
        <translation>task</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>stilling</source>
        <translation>position</translation>
    </message>
    <message>
        <source>vaktbemanning</source>
        <translation>shift staffing</translation>
    </message>
    <message>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>Fant ingen {what} med id {id}; den kan være slettet.</source>
        <translation>No {what} with id {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>Ingen tilgang: serveren lot deg ikke slette dette (det hører til en avdeling du ikke har skrivetilgang til). Ingenting er slettet.</source>
        <translation>No access: the server did not let you delete this (it belongs to a department you may not edit). Nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Nytt forslag</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Ny arbeidsfil …</source>
        <translation>New workspace …</translation>
    </message>
    <message>
        <source>Åpne …</source>
        <translation>Open …</translation>
    </message>
    <message>
        <source>Åpne demo</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>Koble til server …</source>
        <translation>Connect to server …</translation>
    </message>
    <message>
        <source>Lagre som …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <source>Lukk arbeidsfil</source>
        <translation>Close workspace</translation>
    </message>
    <message>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Nytt forslag …</source>
        <translation>New proposal …</translation>
    </message>
    <message>
        <source>Gi scenarioet nytt navn …</source>
        <translation>Rename scenario …</translation>
    </message>
    <message>
        <source>Slett scenario …</source>
        <translation>Delete scenario …</translation>
    </message>
    <message>
        <source>Ny kommune …</source>
        <translation>New municipality …</translation>
    </message>
    <message>
        <source>Ny avdeling …</source>
        <translation>New department …</translation>
    </message>
    <message>
        <source>Endre avdeling …</source>
        <translation>Edit department …</translation>
    </message>
    <message>
        <source>Slett avdeling …</source>
        <translation>Delete department …</translation>
    </message>
    <message>
        <source>Verkstedmodus</source>
        <translation>Workshop mode</translation>
    </message>
    <message>
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Vanlig tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <source>Vis kommuner og avdelinger</source>
        <translation>Show municipalities and departments</translation>
    </message>
    <message>
        <source>Om oppgave</source>
        <translation>About oppgave</translation>
    </message>
    <message>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tabellen og tavlen viser hvem som gjør oppgavene i dette scenarioet.</source>
        <translation>The table and the board show who does the tasks in this scenario.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Gi nytt navn …</source>
        <translation>Rename …</translation>
    </message>
    <message>
        <source>Slett …</source>
        <translation>Delete …</translation>
    </message>
    <message>
        <source>Verktøylinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Avdeling</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Åpne nylig brukt</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ny arbeidsfil</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Åpne arbeidsfil</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Lagre som</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Ny kommune</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Navn på kommunen:</source>
        <translation>Name of the municipality:</translation>
    </message>
    <message>
        <source>Ny avdeling</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Endre avdeling</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>Kunne ikke merke scenarioet</source>
        <translation>Could not mark the scenario</translation>
    </message>
    <message>
        <source>Gi nytt navn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Nytt navn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Tabellen:
  Skriv for å endre en celle, Enter lagrer og går ned,
  Tab går til høyre, Esc avbryter
  Insert: ny oppgave   Ctrl+D: dupliser   Delete: slett
  Ctrl+C / Ctrl+V: kopier og lim inn rader (også fra og til Excel)
  Ctrl+F: søk

Overalt:
  Ctrl+Z / Ctrl+Y: angre og gjør om   Ctrl+1 … Ctrl+4: bytt fane
  F11: verkstedmodus   Ctrl++ / Ctrl+−: større og mindre tekst</source>
        <translation>The table:
  Type to change a cell, Enter saves and moves down,
  Tab moves right, Esc cancels
  Insert: new task   Ctrl+D: duplicate   Delete: delete
  Ctrl+C / Ctrl+V: copy and paste rows (also from and to Excel)
  Ctrl+F: search

Everywhere:
  Ctrl+Z / Ctrl+Y: undo and redo   Ctrl+1 … Ctrl+4: switch tab
  F11: workshop mode   Ctrl++ / Ctrl+−: larger and smaller text</translation>
    </message>
    <message>
        <source>{name}  ✓ valgt</source>
        <translation>{name}  ✓ selected</translation>
    </message>
    <message>
        <source>Oppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Tavle</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Bemanning</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Angre</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gjør om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <source>Først en kommune. Navn på kommunen:</source>
        <translation>First a municipality. Name of the municipality:</translation>
    </message>
    <message>
        <source>Slett avdeling</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Slett avdelingen</source>
        <translation>Delete the department</translation>
    </message>
    <message>
        <source>Kunne ikke lage scenarioet</source>
        <translation>Could not create the scenario</translation>
    </message>
    <message>
        <source>Slett scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Slett forslaget</source>
        <translation>Delete the proposal</translation>
    </message>
    <message>
        <source>Skrivebeskyttet: bruk «Lagre som» for å endre</source>
        <translation>Read-only: use “Save as” to make changes</translation>
    </message>
    <message>
        <source>Lagres automatisk</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <source>Ingen avdeling valgt</source>
        <translation>No department selected</translation>
    </message>
    <message>
        <source>Valgt scenario for avdelingen</source>
        <translation>Selected scenario for the department</translation>
    </message>
    <message>
        <source>Kommunerapporten bruker avdelingens valgte scenario (ett per avdeling).</source>
        <translation>The municipal report uses the department&apos;s selected scenario (one per department).</translation>
    </message>
    <message>
        <source>Ingen fil åpen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Verkstedmodus: stor tekst og høy kontrast. F11 slår av.</source>
        <translation>Workshop mode: large text and high contrast. F11 turns it off.</translation>
    </message>
    <message>
        <source>{action}: {command}</source>
        <translation>{action}: {command}</translation>
    </message>
    <message>
        <source>Vil du åpne den likevel?</source>
        <translation>Do you want to open it anyway?</translation>
    </message>
    <message>
        <source>Åpne likevel</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Kunne ikke koble til serveren</source>
        <translation>Could not connect to the server</translation>
    </message>
    <message>
        <source>Kunne ikke lage filen</source>
        <translation>Could not create the file</translation>
    </message>
    <message>
        <source>Kunne ikke lage demoen</source>
        <translation>Could not create the demo</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Navn på forslaget (starter som en kopi av «{source}»):</source>
        <translation>Name of the proposal (starts as a copy of “{source}”):</translation>
    </message>
    <message>
        <source>Tekststørrelse {zoom} %</source>
        <translation>Text size {zoom} %</translation>
    </message>
    <message>
        <source>oppgave {version}

Kartlegging av oppgaver, oppgavedeling etter LEON-prinsippet og bemanningsforslag for helse- og omsorgstjenester.

Lisens: EUPL-1.2</source>
        <translation>oppgave {version}

Task mapping, task sharing by the LEON principle and staffing proposals for health and care services.

Licence: EUPL-1.2</translation>
    </message>
    <message>
        <source>Kunne ikke angre</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <source>Slette avdelingen «{name}» med alle oppgaver, scenarioer og bemanning? Dette kan ikke angres, og angre-historikken tømmes.</source>
        <translation>Delete the department “{name}” with all its tasks, scenarios and staffing? This cannot be undone, and the undo history is cleared.</translation>
    </message>
    <message>
        <source>«{name}» er utgangspunktet og kan ikke slettes.</source>
        <translation>“{name}” is the baseline and cannot be deleted.</translation>
    </message>
    <message>
        <source>Slette forslaget «{name}» og hvem som gjør hva i det? (Ctrl+Z angrer.)</source>
        <translation>Delete the proposal “{name}” and who does what in it? (Ctrl+Z undoes.)</translation>
    </message>
    <message>
        <source>Alt er lagret (kl. {time})</source>
        <translation>All saved ({time})</translation>
    </message>
    <message>
        <source>Fil: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Scenario: {name}</translation>
    </message>
    <message>
        <source>Analyse</source>
        <extracomment>Milliseconds of quiet after the last change before the analysis runs again. Charts not drawn for the figures shown (their page was hidden): drawn when shown.</extracomment>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Bemanningsplan</source>
        <translation>Staffing plan</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>Fant ingen kommune {key}. Kommuner: {names}</source>
        <translation>No municipality {key}. Municipalities: {names}</translation>
    </message>
    <message>
        <source>Fant ingen avdeling med id {id}.</source>
        <translation>No department with id {id}.</translation>
    </message>
    <message>
        <source>Fant ingen avdeling {key}. Avdelinger: {names}</source>
        <translation>No department {key}. Departments: {names}</translation>
    </message>
    <message>
        <source>Flere avdelinger heter {key}: {options}. Bruk id eller Kommune/Avdeling.</source>
        <translation>Several departments are called {key}: {options}. Use the id or Municipality/Department.</translation>
    </message>
    <message>
        <source>Det finnes allerede en avdeling {name} i denne kommunen.</source>
        <translation>There is already a department {name} in this municipality.</translation>
    </message>
    <message>
        <source>Kommunen {name} finnes allerede.</source>
        <translation>The municipality {name} already exists.</translation>
    </message>
</context>
<context>
    <name>OrganisationTreeModel</name>
    <message>
        <source>{type}, {residents} brukere</source>
        <extracomment>internalId of top-level (municipality) items; a department&apos;s is its municipality row + 1.</extracomment>
        <translation>{type}, {residents} residents</translation>
    </message>
    <message>
        <source>Kommuner og avdelinger</source>
        <translation>Municipalities and departments</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>Filnavnet inneholder et ugyldig tegn (NUL).</source>
        <translation>The file name contains an invalid character (NUL).</translation>
    </message>
    <message>
        <source>disken er full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>navnet er for langt</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>ingen tilgang (filen kan være åpen i et annet program)</source>
        <translation>access denied (the file may be open in another program)</translation>
    </message>
    <message>
        <source>disken er skrivebeskyttet</source>
        <translation>the disk is write-protected</translation>
    </message>
    <message>
        <source>filen ble for stor</source>
        <translation>the file became too large</translation>
    </message>
    <message>
        <source>Stien er for lang ({n} byte; høyst {limit}).</source>
        <translation>The path is too long ({n} bytes; at most {limit}).</translation>
    </message>
    <message>
        <source>Navnet «{part}…» er for langt ({n} byte; høyst {limit}).</source>
        <translation>The name “{part}…” is too long ({n} bytes; at most {limit}).</translation>
    </message>
    <message>
        <source>Kan ikke bruke {path}: {problem}</source>
        <translation>Cannot use {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} er en mappe, ikke en fil.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>{path} er ikke en vanlig fil og blir ikke overskrevet.</source>
        <translation>{path} is not a regular file and will not be overwritten.</translation>
    </message>
    <message>
        <source>{path} finnes allerede og er en arbeidsfil (eller en annen database); den blir aldri overskrevet. Velg et annet navn, eller flytt eller slett filen selv først.</source>
        <translation>{path} already exists and is a working file (or another database); it is never overwritten. Choose another name, or move or delete the file yourself first.</translation>
    </message>
    <message>
        <source>{path} hører til en arbeidsfil og blir ikke overskrevet.</source>
        <translation>{path} belongs to a working file and will not be overwritten.</translation>
    </message>
    <message>
        <source>{path} finnes allerede; bruk --force for å overskrive.</source>
        <translation>{path} already exists; use --force to overwrite.</translation>
    </message>
    <message>
        <source>{path} er blitt en arbeidsfil mens filen ble skrevet; den blir ikke overskrevet.</source>
        <translation>{path} became a working file while the file was being written; it will not be overwritten.</translation>
    </message>
    <message>
        <source>Navnet er for langt for en arbeidsfil ({n} byte; høyst {limit}, fordi databasen trenger plass til en journalfil med lengre navn ved siden av). Gi filen et kortere navn.</source>
        <translation>The name is too long for a working file ({n} bytes; at most {limit}, because the database needs room for a journal file with a longer name next to it). Give the file a shorter name.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} finnes og kan ikke leses, så den blir ikke overskrevet.</source>
        <translation>{path} exists and cannot be read, so it will not be overwritten.</translation>
    </message>
    <message>
        <source>Kan ikke skrive i mappen {folder}: {reason}</source>
        <translation>Cannot write to the folder {folder}: {reason}</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: {reason}. Ingenting er lagret under det navnet.</source>
        <translation>Cannot write {path}: {reason}. Nothing has been saved under that name.</translation>
    </message>
    <message>
        <source>{path} er filen som leses; resultatet kan ikke skrives over den. Velg et annet navn.</source>
        <translation>{path} is the file being read; the result cannot overwrite it. Choose another name.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>Navn på forslaget:</source>
        <translation>Name of the proposal:</translation>
    </message>
    <message>
        <source>Spørsmål:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Flere brukere:</source>
        <translation>More users:</translation>
    </message>
    <message>
        <source>«Omfordel med dagens ansatte» flytter oppgaver innenfor dagens stillinger (pluss det du kan ansette) og viser tiden som frigjøres. «Laveste kostnad» lar alle roller vokse unntatt dem du gir en ansettelsesramme. «Flere brukere» øker oppgavene med prosenten og viser hva som må deles og læres, eller hva som mangler. Oppgaver flyttes aldri oppover i LEON med mindre gulvet krever det. Tomt felt: ingen grense.</source>
        <translation>“Redistribute with current staff” moves tasks within current positions (plus what you can hire) and shows the time freed. “Lowest cost” lets all roles grow except those you give a hiring allowance. “More users” increases the tasks by the percentage and shows what must be shared and learned, or what is missing. Tasks are never moved up in LEON unless the floor requires it. Empty field: no limit.</translation>
    </message>
    <message>
        <source>Bruk forsvarlighetsgulvet (anbefalt)</source>
        <translation>Use the professional safety floor (recommended)</translation>
    </message>
    <message>
        <source>Minst like mange på hver vakt som i dag (bemanningen per vakt i fanen Bemanning)</source>
        <translation>At least as many on each shift as today (the staffing per shift in the Staffing tab)</translation>
    </message>
    <message>
        <source>Beregner forslaget …</source>
        <translation>Calculating the proposal …</translation>
    </message>
    <message>
        <source>Lag forslag</source>
        <translation>Make proposal</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Omfordel med dagens ansatte</source>
        <translation>Redistribute with current staff</translation>
    </message>
    <message>
        <source>Laveste kostnad</source>
        <translation>Lowest cost</translation>
    </message>
    <message>
        <source>Flere brukere</source>
        <translation>More users</translation>
    </message>
    <message>
        <source>Forsvarlighetsgulv: {floors}.</source>
        <translation>Professional safety floor: {floors}.</translation>
    </message>
    <message>
        <source>Avbrutt. Beregningen gjøres ferdig i bakgrunnen, men resultatet blir forkastet og ingenting lagres.</source>
        <translation>Cancelled. The calculation finishes in the background, but the result is discarded and nothing is saved.</translation>
    </message>
    <message>
        <source>Ingen oppgaver flyttes: dagens fordeling er allerede den beste.</source>
        <translation>No tasks are moved: the current distribution is already the best.</translation>
    </message>
    <message>
        <source>Pris per år (lønn og kurs): {after} kr, endring mot i dag {change} kr.</source>
        <translation>Cost per year (wages and courses): NOK {after}, change from today NOK {change}.</translation>
    </message>
    <message>
        <source>Lag forslag – {department}</source>
        <translation>Make proposal – {department}</translation>
    </message>
    <message>
        <source>«{name}» er lagret og valgt. Ctrl+Z angrer (sletter forslaget).</source>
        <translation>“{name}” is saved and selected. Ctrl+Z undoes (deletes the proposal).</translation>
    </message>
    <message>
        <source>Flyttede oppgaver ({n}):</source>
        <translation>Moved tasks ({n}):</translation>
    </message>
</context>
<context>
    <name>ProposalOptionsModel</name>
    <message>
        <source>Kan ikke være negativt.</source>
        <translation>Cannot be negative.</translation>
    </message>
    <message>
        <source>Skriv et helt antall personer.</source>
        <translation>Enter a whole number of people.</translation>
    </message>
    <message>
        <source>Årsverk som kan ansettes utover dagens stillinger. Tomt: ingen</source>
        <translation>FTEs that can be hired beyond current positions. Empty: none</translation>
    </message>
    <message>
        <source>Tomt: ingen grense</source>
        <translation>Empty: no limit</translation>
    </message>
    <message>
        <source>Skriv et tall, eller la feltet stå tomt.</source>
        <translation>Enter a number, or leave the field empty.</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Årsverk i stillinger i dag</source>
        <translation>FTE in positions today</translation>
    </message>
    <message>
        <source>Kan ansette (årsverk)</source>
        <translation>Can hire (FTE)</translation>
    </message>
    <message>
        <source>Høyst årsverk</source>
        <translation>Max FTE</translation>
    </message>
    <message>
        <source>Minst på dag</source>
        <translation>Min. on day</translation>
    </message>
    <message>
        <source>Minst på kveld</source>
        <translation>Min. on evening</translation>
    </message>
    <message>
        <source>Minst på natt</source>
        <translation>Min. on night</translation>
    </message>
</context>
<context>
    <name>ProposalSettings</name>
    <message>
        <source>Ukjent rolle {code!r}.</source>
        <extracomment>The settings&apos; names as the dialog and ``oppgave floor`` show them (translated on use).</extracomment>
        <translation>Unknown role {code!r}.</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>dagvakt</source>
        <translation>day shift</translation>
    </message>
    <message>
        <source>kveldsvakt</source>
        <translation>evening shift</translation>
    </message>
    <message>
        <source>nattevakt</source>
        <translation>night shift</translation>
    </message>
    <message>
        <source>hverdager</source>
        <translation>weekdays</translation>
    </message>
    <message>
        <source>helg</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>Fant ikke et ledig navn.</source>
        <translation>Found no free name.</translation>
    </message>
    <message>
        <source>hver vakt</source>
        <translation>every shift</translation>
    </message>
    <message>
        <source>Bemanningsforslag fra optimeringen {day}: {options}.</source>
        <translation>Staffing proposal from the optimisation {day}: {options}.</translation>
    </message>
    <message>
        <source>Kostnad {cost} kr per år ({change} kr mot i dag).</source>
        <translation>Cost NOK {cost} per year (NOK {change} vs. today).</translation>
    </message>
    <message>
        <source>Ukjent vakt.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <source>Ukjent dagtype.</source>
        <translation>Unknown day type.</translation>
    </message>
    <message>
        <source>modus: {mode}</source>
        <translation>mode: {mode}</translation>
    </message>
    <message>
        <source>dagens stillinger, ingen nyansettelser</source>
        <translation>current positions, no new hires</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet {key}. Scenarioer: {names}</source>
        <translation>No scenario {key}. Scenarios: {names}</translation>
    </message>
    <message>
        <source>{fte} årsverk {role}</source>
        <translation>{fte} FTE {role}</translation>
    </message>
    <message>
        <source>{percent} % flere brukere</source>
        <translation>{percent} % more users</translation>
    </message>
    <message>
        <source>{role} {fte} årsverk</source>
        <translation>{role} {fte} FTE</translation>
    </message>
    <message>
        <source>gulv: {floor} hver vakt</source>
        <translation>floor: {floor} every shift</translation>
    </message>
    <message>
        <source>Frigjort: {freed}.</source>
        <translation>Freed: {freed}.</translation>
    </message>
    <message>
        <source>Kurs {once} kr (tjenes inn på {payback}).</source>
        <translation>Courses NOK {once} (pays for itself in {payback}).</translation>
    </message>
    <message>
        <source>Mangler utover dagens stillinger og ramme: {short}.</source>
        <translation>Short beyond current positions and allowance: {short}.</translation>
    </message>
    <message>
        <source>dagens stillinger + ansettelsesramme ({hire})</source>
        <translation>current positions + hiring allowance ({hire})</translation>
    </message>
    <message>
        <source>(dagens stillinger: lærlinger og elever er i opplæring)</source>
        <translation>(today&apos;s positions: apprentices and students are in training)</translation>
    </message>
    <message>
        <source>tak: {caps}</source>
        <translation>caps: {caps}</translation>
    </message>
    <message>
        <source>minst {n} {role} på {where}</source>
        <translation>at least {n} {role} on {where}</translation>
    </message>
    <message>
        <source>Avdelingen har allerede et scenario som heter {name}. Velg et annet navn, for eksempel {free}.</source>
        <translation>The department already has a scenario called {name}. Choose another name, for example {free}.</translation>
    </message>
    <message>
        <source>{role} høyst {fte} årsverk</source>
        <translation>{role} at most {fte} FTE</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Enig</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Uenig</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Spørsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Tillitsvalgt</source>
        <translation>Union representative</translation>
    </message>
    <message>
        <source>Verneombud</source>
        <translation>Safety representative</translation>
    </message>
    <message>
        <source>Ansatt</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Løst</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>overføres</source>
        <extracomment>One word per delegation rule for the task map&apos;s narrow «Risiko» column; the full words are the app&apos;s (:mod:`oppgave.domain.labels`) and stand in the assumptions.</extracomment>
        <translation>transferred</translation>
    </message>
    <message>
        <source>veiledning</source>
        <translation>supervision</translation>
    </message>
    <message>
        <source>beholdes</source>
        <translation>retained</translation>
    </message>
    <message>
        <source>Rapporten ble avbrutt.</source>
        <extracomment>``(done, total)``: called as the report&apos;s work advances. Returns ``True`` when the user has asked to stop.</extracomment>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>Forside</source>
        <extracomment>Titles as they appear in the report and the dialog, in report order.</extracomment>
        <translation>Cover page</translation>
    </message>
    <message>
        <source>Beslutningsnotat</source>
        <translation>Decision memo</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Sammendrag</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Forslagene mot hverandre</source>
        <translation>Proposals compared</translation>
    </message>
    <message>
        <source>Sammenligning av avdelingene</source>
        <translation>Comparison of the departments</translation>
    </message>
    <message>
        <source>Oppgavekart etter kategori</source>
        <translation>Task map by category</translation>
    </message>
    <message>
        <source>I dag og forslaget per yrkesgruppe</source>
        <translation>Today and the proposal per role</translation>
    </message>
    <message>
        <source>Døgnrytme og bemanning per vakt</source>
        <translation>Daily rhythm and staffing per shift</translation>
    </message>
    <message>
        <source>Bemanningsforslag</source>
        <translation>Staffing proposal</translation>
    </message>
    <message>
        <source>Kompetanseløft</source>
        <translation>Competence upgrade</translation>
    </message>
    <message>
        <source>Heltid og helgearbeid</source>
        <translation>Full-time and weekend work</translation>
    </message>
    <message>
        <source>Bemanningsplan og heltid i scenarioet</source>
        <translation>Staffing plan and full-time in the scenario</translation>
    </message>
    <message>
        <source>Turnus</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>HMS-kommentarer</source>
        <translation>HSE (HMS) comments</translation>
    </message>
    <message>
        <source>Forutsetninger og formler</source>
        <translation>Assumptions and formulas</translation>
    </message>
    <message>
        <source>alle</source>
        <extracomment>Sections that belong to each department (repeated per department in a municipality report).</extracomment>
        <translation>all</translation>
    </message>
    <message>
        <source>Ukjent del av rapporten: {key}. Gyldige: {valid}.</source>
        <translation>Unknown part of the report: {key}. Valid: {valid}.</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Opptatt med oppgaver (timer per klokketime)</source>
        <translation>Busy with tasks (hours per clock hour)</translation>
    </message>
    <message>
        <source>På vakt etter bemanningsplanen (personer)</source>
        <translation>On shift according to the staffing plan (people)</translation>
    </message>
    <message>
        <source>Hverdager (snitt mandag–fredag)</source>
        <translation>Weekdays (average Monday–Friday)</translation>
    </message>
    <message>
        <source>Helg (snitt lørdag–søndag)</source>
        <translation>Weekend (average Saturday–Sunday)</translation>
    </message>
    <message>
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Helgetabellen</source>
        <translation>The weekend table</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Ingen oppgaver får ny fordeling i dette scenarioet.</source>
        <translation>No tasks are redistributed in this scenario.</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kroner per år</source>
        <translation>NOK per year</translation>
    </message>
    <message>
        <source>Lønn per år (1 000 kr)</source>
        <translation>Wages per year (NOK 1,000)</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>p.p.</source>
        <translation>p.p.</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{amount} mill. kr</source>
        <translation>NOK {amount} million</translation>
    </message>
    <message>
        <source>helg</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>(dagvakt)</source>
        <translation>(day shift)</translation>
    </message>
    <message>
        <source>Hva endres</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Kostnad mot dagens budsjett</source>
        <translation>Cost vs. current budget</translation>
    </message>
    <message>
        <source>HMS og arbeidsmiljø</source>
        <translation>HSE and working environment</translation>
    </message>
    <message>
        <source>{objections} åpne innsigelser («uenig») fra HMS-gruppen, {open} åpne kommentarer i alt.</source>
        <translation>{objections} open objections (“disagree”) from the HSE group, {open} open comments in total.</translation>
    </message>
    <message>
        <source>Ingen arbeidsmiljøadvarsler.</source>
        <translation>No working environment warnings.</translation>
    </message>
    <message>
        <source>Til beslutning</source>
        <translation>For decision</translation>
    </message>
    <message>
        <source>mill. kr per år mot dagens stillinger</source>
        <translation>NOK million per year vs. current positions</translation>
    </message>
    <message>
        <source>Ingen endring er foreslått; rapporten er et grunnlag for å lage forslag.</source>
        <translation>No change is proposed; the report is a basis for making proposals.</translation>
    </message>
    <message>
        <source>Tiltak for arbeidsmiljøadvarslene ovenfor.</source>
        <translation>Measures for the working environment warnings above.</translation>
    </message>
    <message>
        <source>Å vedta fordelingen i hver avdeling slik tabellen viser.</source>
        <translation>To adopt the distribution in each department as shown in the table.</translation>
    </message>
    <message>
        <source>Pris per år, lønn og kurs (kr)</source>
        <translation>Cost per year, wages and courses (NOK)</translation>
    </message>
    <message>
        <source>Mot dagens stillinger (kr per år)</source>
        <translation>Vs. current positions (NOK per year)</translation>
    </message>
    <message>
        <source>Kurs, én gang (kr)</source>
        <translation>Courses, one-off (NOK)</translation>
    </message>
    <message>
        <source>Kursplasser</source>
        <translation>Course places</translation>
    </message>
    <message>
        <source>Ansatte på kurs (minst)</source>
        <translation>Staff on courses (minimum)</translation>
    </message>
    <message>
        <source>Årsverk i prisen</source>
        <translation>FTEs in the cost</translation>
    </message>
    <message>
        <source>Rekruttering (årsverk)</source>
        <translation>Recruitment (FTE)</translation>
    </message>
    <message>
        <source>Frigjort tid (timer per uke)</source>
        <translation>Freed time (hours per week)</translation>
    </message>
    <message>
        <source>Oppgaver med ny fordeling mot i dag</source>
        <translation>Tasks with a new distribution vs. today</translation>
    </message>
    <message>
        <source>Per yrkesgruppe: tid, rekruttering og kurs</source>
        <translation>Per professional group: time, recruitment and courses</translation>
    </message>
    <message>
        <source>Årsverk i prisen: oppgavene med veiledning og nødvendig tilstedeværelse. Minus = frigjort tid. Rekruttere = årsverk utover dagens stillinger. Ansatte på kurs: minst den største kursgruppen, høyst de ansatte.</source>
        <translation>FTEs in the cost: the tasks with supervision and required presence. Minus = freed time. Recruit = FTEs beyond current positions. Staff on courses: at least the largest course group, at most the staff.</translation>
    </message>
    <message>
        <source>timer per uke frigjort</source>
        <translation>hours per week freed</translation>
    </message>
    <message>
        <source>åpne innsigelser fra HMS</source>
        <translation>open objections from HSE</translation>
    </message>
    <message>
        <source>Mot dagens stillinger (negativt: under budsjettet)</source>
        <translation>Vs. current positions (negative: under budget)</translation>
    </message>
    <message>
        <source>Øvrige yrkesgrupper</source>
        <translation>Other professional groups</translation>
    </message>
    <message>
        <source>Å vedta {scenario} som fordeling av oppgavene i {department}.</source>
        <translation>To adopt {scenario} as the task distribution in {department}.</translation>
    </message>
    <message>
        <source>Å sette av {cost} kr til kurs ({places} kursplasser for minst {people} ansatte).</source>
        <translation>To set aside NOK {cost} for courses ({places} course places for at least {people} staff).</translation>
    </message>
    <message>
        <source>Lønnen alene tjener ikke inn kursene.</source>
        <translation>Wages alone do not pay for the courses.</translation>
    </message>
    <message>
        <source>Velg et forslag å sammenligne med.</source>
        <translation>Choose a proposal to compare with.</translation>
    </message>
    <message>
        <source>Oppgaver som fordeles ulikt</source>
        <translation>Tasks distributed differently</translation>
    </message>
    <message>
        <source>Forslagene fordeler alle oppgavene likt.</source>
        <translation>The proposals distribute all tasks the same way.</translation>
    </message>
    <message>
        <source>Rapporten viser dagens fordeling; ingen endring er foreslått.</source>
        <translation>The report shows the current distribution; no change is proposed.</translation>
    </message>
    <message>
        <source>mill. kr per år: dagens stillinger ({fte} årsverk)</source>
        <translation>NOK million per year: current positions ({fte} FTE)</translation>
    </message>
    <message>
        <source>mill. kr per år i lønn og kurs, {scenario}</source>
        <translation>NOK million per year in wages and courses, {scenario}</translation>
    </message>
    <message>
        <source>Kroner</source>
        <translation>NOK</translation>
    </message>
    <message>
        <source>Stillinger
(årsverk)</source>
        <translation>Positions
(FTE)</translation>
    </message>
    <message>
        <source>Årsverk
i prisen</source>
        <translation>FTEs
in the cost</translation>
    </message>
    <message>
        <source>Timer/uke
mot i dag</source>
        <translation>Hours/week
vs. today</translation>
    </message>
    <message>
        <source>Rekruttere
(årsverk)</source>
        <translation>Recruit
(FTE)</translation>
    </message>
    <message>
        <source>Kurs-
plasser</source>
        <translation>Course
places</translation>
    </message>
    <message>
        <source>Ansatte
på kurs</source>
        <translation>Staff
on courses</translation>
    </message>
    <message>
        <source>Å rekruttere {fte} årsverk utover dagens stillinger (se tabellen), eller justere forslaget.</source>
        <translation>To recruit {fte} FTE beyond current positions (see the table), or adjust the proposal.</translation>
    </message>
    <message>
        <source>Hva {hours} frigjorte timer per uke skal brukes til (se tabellen).</source>
        <translation>What {hours} freed hours per week are to be used for (see the table).</translation>
    </message>
    <message>
        <source>Å ta stilling til {count} åpne innsigelser fra HMS-gruppen.</source>
        <translation>To decide on {count} open objections from the HSE group.</translation>
    </message>
    <message>
        <source>Hvordan {count} kompetansebehov uten kurs i katalogen skal dekkes.</source>
        <translation>How {count} competence needs without a course in the catalogue are to be covered.</translation>
    </message>
    <message>
        <source>mill. kr per år: dagens stillinger</source>
        <translation>NOK million per year: current positions</translation>
    </message>
    <message>
        <source>mill. kr per år i lønn og kurs</source>
        <translation>NOK million per year in wages and courses</translation>
    </message>
    <message>
        <source>Kompetanseløftet i kommunen: {places} kursplasser for minst {people} ansatte, {cost} kr én gang. Heltidsandelen er {share} ({fulltime} av {people_all} ansatte i hel stilling; målet er minst 50{nbsp}%).</source>
        <translation>The competence upgrade in the municipality: {places} course places for at least {people} staff, NOK {cost} one-off. The full-time share is {share} ({fulltime} of {people_all} staff in full-time positions; the target is at least 50{nbsp}%).</translation>
    </message>
    <message>
        <source>Å vedta fordelingen i hver avdeling; {count} avdelinger har ikke valgt scenario (merket *).</source>
        <translation>To adopt the distribution in each department; {count} departments have not selected a scenario (marked *).</translation>
    </message>
    <message>
        <source>Å sette av {cost} kr til kurs i kommunen.</source>
        <translation>To set aside NOK {cost} for courses in the municipality.</translation>
    </message>
    <message>
        <source>Å ta stilling til {count} åpne innsigelser fra HMS-gruppene.</source>
        <translation>To decide on {count} open objections from the HSE groups.</translation>
    </message>
    <message>
        <source>{first} og {second} side om side. Endring = {second} minus {first}; negativt betyr at {second} er billigere eller trenger mindre.</source>
        <translation>{first} and {second} side by side. Change = {second} minus {first}; negative means {second} is cheaper or needs less.</translation>
    </message>
    <message>
        <source>{second} koster {amount} kr {direction} per år enn {first}.</source>
        <translation>{second} costs NOK {amount} {direction} per year than {first}.</translation>
    </message>
    <message>
        <source>Per yrkesgruppe</source>
        <translation>Per professional group</translation>
    </message>
    <message>
        <source>{count} oppgaver fordeles ulikt i de to forslagene; tabellen viser de {shown} der flest timer går til en annen yrkesgruppe.</source>
        <translation>{count} tasks are distributed differently in the two proposals; the table shows the {shown} where most hours go to another professional group.</translation>
    </message>
    <message>
        <source>{department}: {scenario} sammenlignet med {baseline}.</source>
        <translation>{department}: {scenario} compared with {baseline}.</translation>
    </message>
    <message>
        <source>{department}: bemanningen slik den er i dag ({baseline}).</source>
        <translation>{department}: staffing as it is today ({baseline}).</translation>
    </message>
    <message>
        <source>{moved} av {tasks} oppgaver får ny fordeling; {hours} timer per uke går til en annen yrkesgruppe. Største endringer: {moves}.</source>
        <translation>{moved} of {tasks} tasks get a new distribution; {hours} hours per week go to another professional group. Largest changes: {moves}.</translation>
    </message>
    <message>
        <source>… og {count} advarsler til (se HMS-kommentarer).</source>
        <translation>… and {count} more warnings (see HSE comments).</translation>
    </message>
    <message>
        <source>Dagens stillinger: {fte} årsverk, {people} ansatte</source>
        <translation>Current positions: {fte} FTE, {people} staff</translation>
    </message>
    <message>
        <source>  herav kartlagt oppgavetid i «{name}»</source>
        <translation>  of which mapped task time in “{name}”</translation>
    </message>
    <message>
        <source>Pris per år, {scenario}</source>
        <translation>Cost per year, {scenario}</translation>
    </message>
    <message>
        <source>Kursene tjenes inn på {payback}.</source>
        <translation>The courses pay for themselves in {payback}.</translation>
    </message>
    <message>
        <source>{title}: {count} avdelinger, hver med sitt valgte scenario (det siste forslaget der ingen er valgt, merket *). Tallene for kommunen er summen av avdelingene.</source>
        <translation>{title}: {count} departments, each with its selected scenario (the latest proposal where none is selected, marked *). The municipality figures are the sum of the departments.</translation>
    </message>
    <message>
        <source>{title}: {count} avdelinger, scenarioet {scenario} i hver. Tallene for kommunen er summen av avdelingene.</source>
        <translation>{title}: {count} departments, the scenario {scenario} in each. The municipality figures are the sum of the departments.</translation>
    </message>
    <message>
        <source>Mot stillingene
(1 000 kr/år)</source>
        <translation>Vs. positions
(NOK 1,000/yr)</translation>
    </message>
    <message>
        <source>Åpne inn-
sigelser</source>
        <translation>Open ob-
jections</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>more</translation>
    </message>
    <message>
        <source>mindre</source>
        <translation>less</translation>
    </message>
    <message>
        <source>Timer som
fordeles ulikt</source>
        <translation>Hours distributed
differently</translation>
    </message>
    <message>
        <source>{scenario}: lønn for oppgavene</source>
        <translation>{scenario}: wages for the tasks</translation>
    </message>
    <message>
        <source>{scenario}: kurs per år ({once} kr én gang, fordelt)</source>
        <translation>{scenario}: courses per year (NOK {once} one-off, spread)</translation>
    </message>
    <message>
        <source>Endring
årsverk</source>
        <translation>Change
FTE</translation>
    </message>
    <message>
        <source>Timer
{name}</source>
        <translation>Hours
{name}</translation>
    </message>
    <message>
        <source>Årsverk
{name}</source>
        <translation>FTE
{name}</translation>
    </message>
    <message>
        <source>Kurs-
plasser
{name}</source>
        <translation>Course
places
{name}</translation>
    </message>
    <message>
        <source>{task} ({hours} t/uke)</source>
        <translation>{task} ({hours} h/week)</translation>
    </message>
    <message>
        <source>hele døgnet</source>
        <translation>around the clock</translation>
    </message>
    <message>
        <source>Helse og omsorg</source>
        <translation>Health and care</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Kostnad per brukerdøgn</source>
        <translation>Cost per user day</translation>
    </message>
    <message>
        <source>Oppgavetimer etter kategori</source>
        <translation>Task hours by category</translation>
    </message>
    <message>
        <source>Timer per årsverk</source>
        <translation>Hours per FTE</translation>
    </message>
    <message>
        <source>Ferie og helligdager</source>
        <translation>Holidays and public holidays</translation>
    </message>
    <message>
        <source>Fravær (sykefravær)</source>
        <translation>Absence (sick leave)</translation>
    </message>
    <message>
        <source>Opplæring og møter</source>
        <translation>Training and meetings</translation>
    </message>
    <message>
        <source>Tilgjengelig for oppgaver per årsverk</source>
        <translation>Available for tasks per FTE</translation>
    </message>
    <message>
        <source>Uker per år</source>
        <translation>Weeks per year</translation>
    </message>
    <message>
        <source>Vakter</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Helgefrekvenser</source>
        <translation>Weekend frequencies</translation>
    </message>
    <message>
        <source>Lengde på helgevakt</source>
        <translation>Weekend shift length</translation>
    </message>
    <message>
        <source>Helgevakter per person per helg</source>
        <translation>Weekend shifts per person per weekend</translation>
    </message>
    <message>
        <source>Grense for kontinuitetsbærer</source>
        <translation>Continuity carrier threshold</translation>
    </message>
    <message>
        <source>Sykepleierroller</source>
        <translation>Nurse roles</translation>
    </message>
    <message>
        <source>Forsvarlighetsgulv i forslag</source>
        <translation>Professional safety floor in proposals</translation>
    </message>
    <message>
        <source>Nødvendig tilstedeværelse</source>
        <translation>Required presence</translation>
    </message>
    <message>
        <source>15 % av vakttiden (hjemmetjeneste 10 %) regnes ikke som ledig tid</source>
        <translation>15% of shift time (home care 10%) is not counted as free time</translation>
    </message>
    <message>
        <source>Kurs som investering</source>
        <translation>Courses as an investment</translation>
    </message>
    <message>
        <source>Alle tall i rapporten er regnet ut fra opplysningene i arbeidsfilen med innstillingene og formlene nedenfor. Innstillingene kan endres i programmet; formlene er forklart med et regneeksempel i brukerdokumentasjonen (analyse.md).</source>
        <translation>All figures in the report are calculated from the information in the workspace with the settings and formulas below. The settings can be changed in the program; the formulas are explained with a worked example in the user documentation (analyse.md).</translation>
    </message>
    <message>
        <source>Timekostnad inkluderer feriepenger, pensjon og arbeidsgiveravgift. LEON-nivå: 0 er laveste omsorgsnivå.</source>
        <translation>Hourly cost includes holiday pay, pension and employer&apos;s national insurance contributions. LEON level: 0 is the lowest level of care.</translation>
    </message>
    <message>
        <source>Timer per uke for en oppgave</source>
        <translation>Hours per week for a task</translation>
    </message>
    <message>
        <source>forekomster per uke × varighet i minutter ÷ 60 × antall ansatte samtidig. «n per dag» = n × antall valgte dager; «per måned» = n × 12 ÷ 52; «per år» = n ÷ 52.</source>
        <translation>occurrences per week × duration in minutes ÷ 60 × number of employees at the same time. “n per day” = n × number of selected days; “per month” = n × 12 ÷ 52; “per year” = n ÷ 52.</translation>
    </message>
    <message>
        <source>Timer for en yrkesgruppe</source>
        <translation>Hours for a role</translation>
    </message>
    <message>
        <source>summen over oppgavene av oppgavens timer × yrkesgruppens andel ÷ 100.</source>
        <translation>the sum over the tasks of the task&apos;s hours × the role&apos;s share ÷ 100.</translation>
    </message>
    <message>
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <source>forekomstene deles likt på de valgte dagene og spres jevnt over oppgavens tidsvinduer; en oppgave uten tidsvindu regnes som arbeid på dagvakt. En vakt hører til dagen den begynner.</source>
        <translation>the occurrences are divided equally over the selected days and spread evenly over the task&apos;s time windows; a task without a time window counts as day shift work. A shift belongs to the day it starts.</translation>
    </message>
    <message>
        <source>Lønnskostnad</source>
        <translation>Wage cost</translation>
    </message>
    <message>
        <source>Tilgjengelig tid og kartlagt andel</source>
        <translation>Available time and mapped share</translation>
    </message>
    <message>
        <source>Sykepleierandel</source>
        <translation>Nurse share</translation>
    </message>
    <message>
        <source>timer fordelt til sykepleierroller ÷ alle fordelte timer.</source>
        <translation>hours assigned to nurse roles ÷ all assigned hours.</translation>
    </message>
    <message>
        <source>personer = ⌈vakter per uke som trenger kompetansen ÷ vakter én person går per uke × (1 + fravær)⌉, høyst de ansatte i yrkesgruppen. Vakter per person = stillingsstørrelse × timer per årsverk ÷ gjennomsnittlig vaktlengde. Kostnad = personer × pris per deltaker (én gang).</source>
        <translation>people = ⌈shifts per week that need the competence ÷ shifts one person works per week × (1 + absence)⌉, at most the employees in the role. Shifts per person = position size × hours per FTE ÷ average shift length. Cost = people × price per participant (one-off).</translation>
    </message>
    <message>
        <source>Heltid</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>heltidsandel = ansatte i 100 % stilling ÷ alle ansatte; kontinuitetsbærere = ansatte over grensen ÷ alle ansatte; gjennomsnittlig stilling = Σ antall × stillingsprosent ÷ Σ antall.</source>
        <translation>full-time share = employees in 100 % positions ÷ all employees; continuity carriers = employees over the threshold ÷ all employees; average position = Σ number × position percentage ÷ Σ number.</translation>
    </message>
    <message>
        <source>timer per helg = Σ helgebemanning × vaktlengde × 2 dager; helgevakter = ⌈timer ÷ vaktlengde⌉; personer = ⌈helgevakter × frekvens ÷ helgevakter per person⌉; største snittstilling = årsverk ÷ personer, høyst 100 %.</source>
        <translation>hours per weekend = Σ weekend staffing × shift length × 2 days; weekend shifts = ⌈hours ÷ shift length⌉; people = ⌈weekend shifts × frequency ÷ weekend shifts per person⌉; largest average position = FTEs ÷ people, at most 100 %.</translation>
    </message>
    <message>
        <source>Sammenligning</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>for en kommune summeres tellerne og nevnerne over avdelingene før det deles; det er aldri et gjennomsnitt av avdelingenes andeler. Kostnad per brukerdøgn = lønnskostnad per uke ÷ (brukere × 7).</source>
        <translation>for a municipality, the numerators and denominators are summed over the departments before dividing; it is never an average of the departments&apos; shares. Cost per user day = wage cost per week ÷ (users × 7).</translation>
    </message>
    <message>
        <source>en feil gjør liten skade; oppgaven kan gjøres av alle med grunnopplæring.</source>
        <translation>an error does little harm; the task can be done by anyone with basic training.</translation>
    </message>
    <message>
        <source>en feil kan skade brukeren; oppgaven krever opplæring og observasjon.</source>
        <translation>an error can harm the service user; the task requires training and observation.</translation>
    </message>
    <message>
        <source>oppgaven kan gå over til en annen yrkesgruppe for godt.</source>
        <translation>the task can be handed over to another occupational group permanently.</translation>
    </message>
    <message>
        <source>oppgaven blir hos yrkesgruppene som gjør den i dag.</source>
        <translation>the task stays with the occupational groups doing it today.</translation>
    </message>
    <message>
        <source>Hver oppgave har et risikonivå og en delegeringsregel, etter Calderdale-rammeverket for oppgavedeling. Oppgavekartet viser dem per oppgave.</source>
        <translation>Each task has a risk level and a delegation rule, following the Calderdale Framework for task sharing. The task map shows them per task.</translation>
    </message>
    <message>
        <source>Nøkkeltallene er regnet ut på samme måte for alle avdelinger, i scenarioet hver avdeling er vist med. Kommunetallene er summer over avdelingene som deles til slutt, ikke gjennomsnitt av avdelingenes andeler.</source>
        <translation>The key figures are calculated the same way for all departments, in the scenario each department is shown with. The municipality figures are sums over the departments that are divided at the end, not averages of the departments&apos; shares.</translation>
    </message>
    <message>
        <source>Timer per bruker er oppgavetimer per uke ÷ brukere. Kr per brukerdøgn = lønnskostnad per uke ÷ (brukere × 7). Sykepleierandel = timer til sykepleierroller ÷ fordelte timer. Kartlagt andel = oppgavetimer ÷ tiden stillingene gir.</source>
        <translation>Hours per user is task hours per week ÷ users. NOK per user day = wage cost per week ÷ (users × 7). Nurse share = hours for nurse roles ÷ assigned hours. Mapped share = task hours ÷ the time the positions give.</translation>
    </message>
    <message>
        <source>Kroner per brukerdøgn</source>
        <translation>NOK per user day</translation>
    </message>
    <message>
        <source>Figur: Lønnskostnad for oppgavene per brukerdøgn.</source>
        <translation>Figure: Wage cost of the tasks per user day.</translation>
    </message>
    <message>
        <source>Figur: Andel av oppgavetimene i hver kategori (prosent, tall vist fra 8 %).</source>
        <translation>Figure: Share of task hours in each category (percent, numbers shown from 8 %).</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Yrkesgrupper og timekostnad</source>
        <translation>Roles and hourly cost</translation>
    </message>
    <message>
        <source>Formler</source>
        <translation>Formulas</translation>
    </message>
    <message>
        <source>Velg et annet scenario å sammenligne {name} med.</source>
        <translation>Choose another scenario to compare {name} with.</translation>
    </message>
    <message>
        <source>Timer per stilling</source>
        <translation>Hours per position</translation>
    </message>
    <message>
        <source>Regelsjekk</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <source>Lagret turnus for «{scenario}»: {n} stillinger, {w} uker, arbeid hver {f}. helg{long}.</source>
        <translation>Saved rota for “{scenario}”: {n} positions, {w} weeks, work 1 weekend in {f}{long}.</translation>
    </message>
    <message>
        <source>Helligdager bemannes som søndag.</source>
        <translation>Public holidays are staffed as Sundays.</translation>
    </message>
    <message>
        <source>t/uke</source>
        <translation>h/week</translation>
    </message>
    <message>
        <source>Vakter: {parts}. Grå kolonner: helg og helligdag.</source>
        <translation>Shifts: {parts}. Grey columns: weekends and public holidays.</translation>
    </message>
    <message>
        <source>Timer i turnusen</source>
        <translation>Hours in the rota</translation>
    </message>
    <message>
        <source>Per uke</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Mål per uke</source>
        <translation>Target per week</translation>
    </message>
    <message>
        <source>, langvakter i helgene</source>
        <translation>, long shifts at weekends</translation>
    </message>
    <message>
        <source>Første dag {d}.</source>
        <translation>First day {d}.</translation>
    </message>
    <message>
        <source>Her vises uke 1–{s}; hele turnusen står i Excel-eksporten.</source>
        <translation>Weeks 1–{s} are shown here; the full rota is in the Excel export.</translation>
    </message>
    <message>
        <source>Uke {a}–{b}</source>
        <translation>Weeks {a}–{b}</translation>
    </message>
    <message>
        <source>Turnusen holder alle reglene: hviletid, ukentlig fritid, timer per uke, dager på rad, stillingsstørrelser, helgefrekvens og bemanning per vakt.</source>
        <translation>The rota meets all the rules: rest periods, weekly time off, hours per week, consecutive days, position sizes, weekend frequency and staffing per shift.</translation>
    </message>
    <message>
        <source>{n} brudd på reglene (markert rødt i turnusen over):</source>
        <translation>{n} rule violations (marked in red in the rota above):</translation>
    </message>
    <message>
        <source>utenfor ± {t} t</source>
        <translation>outside ± {t} h</translation>
    </message>
    <message>
        <source>… og {n} til.</source>
        <translation>… and {n} more.</translation>
    </message>
    <message>
        <source>Årsverk per rolle</source>
        <translation>FTEs per role</translation>
    </message>
    <message>
        <source>Hvor mange 100 %-stillinger kan vi tilby?</source>
        <translation>How many 100% positions can we offer?</translation>
    </message>
    <message>
        <source>når målet</source>
        <translation>meets the target</translation>
    </message>
    <message>
        <source>under målet</source>
        <translation>below the target</translation>
    </message>
    <message>
        <source>for få årsverk til helgene</source>
        <translation>too few FTEs for the weekends</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>bare hverdager</source>
        <translation>weekdays only</translation>
    </message>
    <message>
        <source>Personer på vakt per rolle i «{scenario}», regnet fra oppgavetimene per vakt, nødvendig tilstedeværelse ({presence}) og forsvarlighetsgulvet. Tallet i parentes er dagens bemanning; ! = flere enn i dag, ↓ = færre.</source>
        <translation>People on shift per role in “{scenario}”, calculated from task hours per shift, required presence ({presence}) and the safety floor. The number in brackets is current staffing; ! = more than today, ↓ = fewer.</translation>
    </message>
    <message>
        <source>Turnusroller: {roles}. Minste stilling {m}. I dag har {k} av {n} ansatte i disse rollene 100 % stilling ({s}); målet er minst {goal}.</source>
        <translation>Rota roles: {roles}. Smallest position {m}. Today {k} of {n} staff in these roles have a 100% position ({s}); the target is at least {goal}.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>* = endret for hånd av lederen (overstyrer det beregnede tallet).</source>
        <translation>* = changed by hand by the manager (overrides the calculated number).</translation>
    </message>
    <message>
        <source>Advarsel: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <source>hver {f}. helg</source>
        <translation>every {f}th weekend</translation>
    </message>
    <message>
        <source>Helger</source>
        <translation>Weekends</translation>
    </message>
    <message>
        <source>Helgevakt</source>
        <translation>Weekend shift</translation>
    </message>
    <message>
        <source>100 % / ansatte</source>
        <translation>100% / staff</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>+{n} hv</source>
        <translation>+{n} wknd</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Kurs, én
gang
(1 000 kr)</source>
        <translation>Courses, one-
off
(NOK 1,000)</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tallene er regnet ut med programmet oppgave {version} fra opplysningene i arbeidsfilen, etter formlene i kapittelet «Forutsetninger og formler».</source>
        <translation>The figures are calculated with the program oppgave {version} from the information in the workspace, using the formulas in the chapter “Assumptions and formulas”.</translation>
    </message>
    <message>
        <source>{hours} timer per uke</source>
        <translation>{hours} hours per week</translation>
    </message>
    <message>
        <source>{hours} timer</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>stillinger over {limit}</source>
        <translation>positions over {limit}</translation>
    </message>
    <message>
        <source>timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring)) = timer ÷ {hours}.</source>
        <translation>hours per week ÷ (hours per FTE × (1 − absence − training)) = hours ÷ {hours}.</translation>
    </message>
    <message>
        <source>årsverk × timer per årsverk × timekostnad per uke; per år × {weeks} uker. Én kartlagt time koster dermed timekostnad ÷ {share}.</source>
        <translation>FTEs × hours per FTE × hourly cost per week; per year × {weeks} weeks. One mapped hour thus costs hourly cost ÷ {share}.</translation>
    </message>
    <message>
        <source>tilgjengelig tid = Σ stillinger × stillingsprosent ÷ 100 × {hours} timer; kartlagt andel = oppgavetimer ÷ tilgjengelig tid.</source>
        <translation>available time = Σ positions × position percentage ÷ 100 × {hours} hours; mapped share = task hours ÷ available time.</translation>
    </message>
    <message>
        <source>Rapporten samler {count} avdelinger. For hver avdeling sammenlignes scenarioet {scenario} med dagens praksis. Tallene for kommunen er summen av avdelingene.</source>
        <translation>The report brings together {count} departments. For each department, the scenario {scenario} is compared with current practice. The municipality figures are the sum of the departments.</translation>
    </message>
    <message>
        <source>Innstilling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>LEON-nivå</source>
        <translation>LEON level</translation>
    </message>
    <message>
        <source>Autorisert</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <source>Timekostnad (kr)</source>
        <translation>Hourly cost (NOK)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Formel</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Brukere</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Timer
per uke</source>
        <translation>Hours
per week</translation>
    </message>
    <message>
        <source>Timer per
bruker</source>
        <translation>Hours per
user</translation>
    </message>
    <message>
        <source>Kroner per
brukerdøgn</source>
        <translation>NOK per
user day</translation>
    </message>
    <message>
        <source>Sykepleier-
andel</source>
        <translation>Nurse
share</translation>
    </message>
    <message>
        <source>Heltids-
andel</source>
        <translation>Full-time
share</translation>
    </message>
    <message>
        <source>Risiko og delegering</source>
        <translation>Risk and delegation</translation>
    </message>
    <message>
        <source>{weeks} uker ferie og {days} helligdager: {share}</source>
        <translation>{weeks} weeks of holiday and {days} public holidays: {share}</translation>
    </message>
    <message>
        <source>sykehjem: minst 1 autorisert sykepleier ({roles}) på vakt hver vakt, minst 50 % av oppgavetimene av autorisert personell; hjemmetjeneste: sykepleier på vakt dag og kveld, hjemmevakt natt (regnet 1:5), minst 40 %; oppgaver med restriksjon blir hos roller som har lov</source>
        <translation>nursing homes: at least 1 authorised nurse ({roles}) on duty every shift, at least 50% of task hours by authorised staff; home care: nurse on duty day and evening, on-call from home at night (counted 1:5), at least 40%; restricted tasks stay with roles that are permitted</translation>
    </message>
    <message>
        <source>fordelt over {years} år, oppfriskning {share} av kurskostnaden per år</source>
        <translation>spread over {years} years, refresher {share} of the course cost per year</translation>
    </message>
    <message>
        <source>en feil kan gi alvorlig skade; et forslag gir aldri oppgaven til en yrkesgruppe under LEON-nivået {level} (innstilling).</source>
        <translation>an error can cause serious harm; a proposal never gives the task to an occupational group below LEON level {level} (setting).</translation>
    </message>
    <message>
        <source>oppgaven kan delegeres, men den som delegerer beholder ansvaret: forslaget legger til veiledningstid for den delegerende yrkesgruppen ({share} av de delegerte timene), og hver person som overtar trenger en kompetansegodkjenning, som telles per person med forslagets pris.</source>
        <translation>the task can be delegated, but the person delegating keeps the responsibility: the proposal adds supervision time for the delegating occupational group ({share} of the delegated hours), and each person taking over needs a competence sign-off, counted per person at the proposal’s price.</translation>
    </message>
    <message>
        <source>Samlet endrer scenarioene lønnen i prisen med {change} per år. Kompetanseløftene koster {courses} én gang.</source>
        <translation>Together the scenarios change wages in the price by {change} per year. The competence upgrades cost {courses} one-off.</translation>
    </message>
    <message>
        <source>Betydning i forslaget</source>
        <translation>Meaning in the proposal</translation>
    </message>
    <message>
        <source>Kartlagt
andel</source>
        <translation>Mapped
share</translation>
    </message>
    <message>
        <source>hver {n}.</source>
        <translation>1 in {n}</translation>
    </message>
    <message>
        <source>og</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Alle avdelinger</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Kartlegging av oppgaver, forslag til fordeling etter LEON-prinsippet (laveste effektive omsorgsnivå), bemanning i årsverk og kroner, kompetanseløft og heltid.</source>
        <translation>Mapping of tasks, proposals for distribution according to the LEON principle (lowest effective level of care), staffing in FTEs and NOK, competence upgrades and full-time.</translation>
    </message>
    <message>
        <source>Nøkkeltall for alle avdelingene side om side (tallanalyse), og for hver avdeling kartlagte oppgaver, forslag til fordeling, bemanning i årsverk og kroner, kompetanseløft og heltid.</source>
        <translation>Key figures for all departments side by side (numerical analysis), and for each department mapped tasks, proposals for distribution, staffing in FTEs and NOK, competence upgrades and full-time.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Tjeneste</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Oppgaver kartlagt</source>
        <translation>Tasks mapped</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arbeidsfil</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Avdelinger</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Sammenstilling for {title}</source>
        <translation>Summary for {title}</translation>
    </message>
    <message>
        <source>{scenario} sammenlignet med {baseline}</source>
        <translation>{scenario} compared with {baseline}</translation>
    </message>
    <message>
        <source>{service} · {residents} brukere · scenario «{scenario}»</source>
        <translation>{service} · {residents} users · scenario “{scenario}”</translation>
    </message>
    <message>
        <source>{name} kommune</source>
        <translation>{name} municipality</translation>
    </message>
    <message>
        <source>Det er ingen avdelinger å lage rapport for.</source>
        <translation>There are no departments to make a report for.</translation>
    </message>
    <message>
        <source>Avdelingen har ikke scenarioet «{name}»; tallene gjelder «{baseline}».</source>
        <translation>The department does not have the scenario “{name}”; the figures apply to “{baseline}”.</translation>
    </message>
    <message>
        <source>Ingen scenario er valgt for avdelingen; rapporten bruker det siste forslaget, «{name}».</source>
        <translation>No scenario is selected for the unit; the report uses the latest proposal, “{name}”.</translation>
    </message>
    <message>
        <source>Fant ingen kommune med id {id}.</source>
        <translation>No municipality found with id {id}.</translation>
    </message>
    <message>
        <source>Alle kommuner i {name}</source>
        <translation>All municipalities in {name}</translation>
    </message>
    <message>
        <source>valgt scenario per avdeling</source>
        <translation>selected scenario per unit</translation>
    </message>
    <message>
        <source>Ingen scenario er valgt og avdelingen har ingen forslag; tallene gjelder «{name}».</source>
        <translation>No scenario is selected and the unit has no proposals; the figures apply to “{name}”.</translation>
    </message>
    <message>
        <source>Ingen avdeling har scenarioet {key}. Scenarioer: {names}</source>
        <translation>No department has the scenario {key}. Scenarios: {names}</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet {key} i {department}. Scenarioer: {names}</source>
        <translation>Scenario {key} not found in {department}. Scenarios: {names}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>alle kommuner</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Sammenlign med</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Et annet forslag som settes ved siden av scenarioet (avsnittet «Forslagene mot hverandre»), ikke bare hvert av dem mot «I dag».</source>
        <translation>Another proposal placed side by side with the scenario (section “Proposals compared”), not just each of them against “Today”.</translation>
    </message>
    <message>
        <source>PDF-fil</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>&amp;Velg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Deler av rapporten</source>
        <translation>Parts of the report</translation>
    </message>
    <message>
        <source>&amp;Lag rapport</source>
        <translation>&amp;Create report</translation>
    </message>
    <message>
        <source>Å&amp;pne rapporten</source>
        <translation>&amp;Open the report</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Lagre rapporten som</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <source>Lager rapporten …</source>
        <translation>Creating the report …</translation>
    </message>
    <message>
        <source>Rapporten ble avbrutt. Ingen fil er lagret.</source>
        <translation>The report was cancelled. No file has been saved.</translation>
    </message>
    <message>
        <source>Sa&amp;mmenlign med:</source>
        <translation>Co&amp;mpare with:</translation>
    </message>
    <message>
        <source>&amp;Lukk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Velg hvor rapporten skal lagres.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>Velg minst én del av rapporten i tillegg til forside og innhold.</source>
        <translation>Choose at least one part of the report in addition to the cover page and contents.</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Rapport – {name}</source>
        <translation>Report – {name}</translation>
    </message>
    <message>
        <source>Rapporten for {name} lagres som PDF, klar til å sendes videre. Velg scenario og hvilke deler den skal ha.</source>
        <translation>The report for {name} is saved as a PDF, ready to be passed on. Choose the scenario and which parts it should include.</translation>
    </message>
    <message>
        <source>Rapport {name} {day}.pdf</source>
        <translation>Report {name} {day}.pdf</translation>
    </message>
    <message>
        <source>Rapporten er lagret ({pages} sider): {path}</source>
        <translation>The report has been saved ({pages} pages): {path}</translation>
    </message>
    <message>
        <source>Regner ut avdeling {n} av {count} …</source>
        <translation>Calculating department {n} of {count} …</translation>
    </message>
    <message>
        <source>Lager sidene for avdeling {n} av {count} …</source>
        <translation>Creating the pages for department {n} of {count} …</translation>
    </message>
    <message>
        <source>Rapporten kunne ikke lages: {error}</source>
        <translation>The report could not be created: {error}</translation>
    </message>
</context>
<context>
    <name>RestrictionDelegate</name>
    <message>
        <source>Velg, eller skriv f.eks. «bare SPL, VPL». Tomt eller «Ingen»: alle kan gjøre oppgaven.</source>
        <translation>Choose, or write e.g. “only SPL, VPL”. Empty or “None”: anyone may do the task.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Dette er en gjennomgangskopi for HMS-gruppen. Her kan du bare skrive kommentarer og foreslå arbeidsmiljømerker; oppgaver, fordeling og bemanning endres i lederens arbeidsfil.</source>
        <translation>This is a review copy for the HSE group. Here you can only write comments and suggest working-environment flags; tasks, distribution and staffing are changed in the leader’s workspace.</translation>
    </message>
    <message>
        <source>enig</source>
        <translation>agree</translation>
    </message>
    <message>
        <source>uenig</source>
        <translation>disagree</translation>
    </message>
    <message>
        <source>spørsmål</source>
        <translation>question</translation>
    </message>
    <message>
        <source>kommentar</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>tillitsvalgt</source>
        <translation>union representative</translation>
    </message>
    <message>
        <source>verneombud</source>
        <translation>safety representative</translation>
    </message>
    <message>
        <source>ansatt</source>
        <translation>employee</translation>
    </message>
    <message>
        <source>leder</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>helhetlig</source>
        <extracomment>Words accepted for each work flag (CLI, Excel): the stored names and Norwegian ones.</extracomment>
        <translation>overall</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>endret siden kopien</source>
        <translation>changed since the copy</translation>
    </message>
    <message>
        <source>slettet siden kopien</source>
        <translation>deleted since the copy</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Dette er allerede en gjennomgangskopi; lag kopien fra lederens arbeidsfil.</source>
        <translation>This is already a review copy; make the copy from the leader’s workspace.</translation>
    </message>
    <message>
        <source>Kopien mangler avdelingen den ble laget for.</source>
        <translation>The copy lacks the department it was made for.</translation>
    </message>
    <message>
        <source>Gjennomgangskopier importeres i lederens arbeidsfil, ikke i en annen kopi.</source>
        <translation>Review copies are imported into the leader’s workspace, not into another copy.</translation>
    </message>
    <message>
        <source>Innholdet i kopien er endret utenfor gjennomgangsmodus: oppgaver, fordeling eller bemanning stemmer ikke med fingeravtrykket fra eksporten.</source>
        <translation>The contents of the copy were changed outside review mode: tasks, distribution or staffing do not match the fingerprint from the export.</translation>
    </message>
    <message>
        <source>Scenarioet med id {id} hører ikke til avdelingen.</source>
        <translation>The scenario with id {id} does not belong to the department.</translation>
    </message>
    <message>
        <source>Kopien er laget fra en annen arbeidsfil ({source}), ikke fra {name}.</source>
        <translation>The copy was made from another workspace ({source}), not from {name}.</translation>
    </message>
    <message>
        <source>{name} ble ikke importert: kopien kan være endret eller er ukjent.</source>
        <translation>{name} was not imported: the copy may have been altered or is unknown.</translation>
    </message>
    <message>
        <source>Avdelingen {name} finnes ikke lenger i {file}; kommentarene kan ikke importeres.</source>
        <translation>The department {name} no longer exists in {file}; the comments cannot be imported.</translation>
    </message>
    <message>
        <source>{name} har ingen oversikt over at denne kopien ble laget herfra.</source>
        <translation>{name} has no record of this copy having been made from it.</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>oppgave-id</source>
        <translation>task id</translation>
    </message>
    <message>
        <source>scenario-id</source>
        <translation>scenario id</translation>
    </message>
    <message>
        <source>kopi-id</source>
        <translation>copy id</translation>
    </message>
    <message>
        <source>oppgavenavnet</source>
        <translation>the task name</translation>
    </message>
    <message>
        <source>teksten</source>
        <translation>the text</translation>
    </message>
    <message>
        <source>vurderingen</source>
        <translation>the assessment</translation>
    </message>
    <message>
        <source>rollen</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>statusen</source>
        <translation>the status</translation>
    </message>
    <message>
        <source>avdelingen er ikke et tall</source>
        <translation>the unit is not a number</translation>
    </message>
    <message>
        <source>arbeidsmiljømerkene har en ukjent verdi</source>
        <translation>the work environment flags have an unknown value</translation>
    </message>
    <message>
        <source>fingeravtrykket er ugyldig</source>
        <translation>the fingerprint is invalid</translation>
    </message>
    <message>
        <source>tidspunktet er ikke en gyldig dato</source>
        <translation>the timestamp is not a valid date</translation>
    </message>
    <message>
        <source>tidspunktet for behandlet er ikke en gyldig dato</source>
        <translation>the processed timestamp is not a valid date</translation>
    </message>
    <message>
        <source>{n} kommentarer i kopien har samme id som kommentarer fra en annen avdeling eller en annen kopi i denne arbeidsfilen; de blir aldri importert.</source>
        <translation>{n} comments in the copy have the same id as comments from another unit or another copy in this workspace file; they will never be imported.</translation>
    </message>
    <message>
        <source>{name} er for stor til å være en gjennomgangskopi ({mb} MB).</source>
        <translation>{name} is too large to be a review copy ({mb} MB).</translation>
    </message>
    <message>
        <source>{name} ble ikke importert: kopien har ugyldige verdier ({listed}{more}). Ingenting er endret.</source>
        <translation>{name} was not imported: the copy has invalid values ({listed}{more}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>{n} kommentarer i kopien hører til en annen avdeling enn kopien.</source>
        <translation>{n} comments in the copy belong to a different unit than the copy.</translation>
    </message>
    <message>
        <source>{n} kommentarer i kopien sier de kommer fra en annen kopi.</source>
        <translation>{n} comments in the copy say they come from another copy.</translation>
    </message>
    <message>
        <source>Filene står i omvendt rekkefølge: {workspace} er gjennomgangskopien og {copy} er lederens arbeidsfil. Ved import kommer kopien først (motsatt av eksport): oppgave review import {workspace} {copy}</source>
        <translation>The files are in reverse order: {workspace} is the review copy and {copy} is the manager’s workspace file. When importing, the copy comes first (the opposite of export): oppgave review import {workspace} {copy}</translation>
    </message>
    <message>
        <source>Kan ikke skrive {path}: {reason}. Ingenting er lagret under det navnet.</source>
        <translation>Cannot write {path}: {reason}. Nothing has been saved under that name.</translation>
    </message>
    <message>
        <source>{name} kan ikke brukes: {n} kommentarer til {tasks} oppgaver er flere enn en HMS-gruppe skriver (grensen er {cap}).</source>
        <translation>{name} cannot be used: {n} comments on {tasks} tasks are more than an HSE group writes (the limit is {cap}).</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>{field} er ikke en gyldig id</source>
        <translation>{field} is not a valid id</translation>
    </message>
    <message>
        <source>{field} har en ukjent verdi</source>
        <translation>{field} has an unknown value</translation>
    </message>
    <message>
        <source>{field} er ikke tekst</source>
        <translation>{field} is not text</translation>
    </message>
    <message>
        <source>{name} kan ikke brukes: tabellen «{table}» har {n} rader (grensen er {cap}). En gjennomgangskopi av én avdeling er langt mindre.</source>
        <translation>{name} cannot be used: the table “{table}” has {n} rows (the limit is {cap}). A review copy of one unit is far smaller.</translation>
    </message>
    <message>
        <source>{name} er ikke en gjennomgangskopi.</source>
        <translation>{name} is not a review copy.</translation>
    </message>
    <message>
        <source>kommentar {id}: {problem}</source>
        <translation>comment {id}: {problem}</translation>
    </message>
    <message>
        <source>{field} er {n} tegn (høyst {limit})</source>
        <translation>{field} is {n} characters (at most {limit})</translation>
    </message>
    <message>
        <source>Fingeravtrykket i kopien er ikke det som ble registrert da kopien ble laget {when}.</source>
        <translation>The fingerprint in the copy is not the one recorded when the copy was made {when}.</translation>
    </message>
    <message>
        <source> og {n} til</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Scenarioet hører til en annen avdeling.</source>
        <translation>The scenario belongs to another department.</translation>
    </message>
    <message>
        <source>Velg merkene oppgaven bør ha.</source>
        <translation>Choose the flags the task should have.</translation>
    </message>
    <message>
        <source>Kommentaren kom fra en HMS-gruppe og kan ikke endres her; du kan merke den som behandlet eller åpne den igjen.</source>
        <translation>The comment came from an HSE group and cannot be changed here; you can mark it resolved or reopen it.</translation>
    </message>
    <message>
        <source>Fant ingen (entydig) kommentar {key}.</source>
        <translation>Found no (unique) comment {key}.</translation>
    </message>
    <message>
        <source>Fant ingen kommentar med id {id}.</source>
        <translation>No comment with id {id}.</translation>
    </message>
    <message>
        <source>Bare egne kommentarer kan gjenopprettes.</source>
        <translation>Only your own comments can be restored.</translation>
    </message>
    <message>
        <source>Kommentaren foreslår ingen arbeidsmiljømerker.</source>
        <translation>The comment suggests no working-environment flags.</translation>
    </message>
    <message>
        <source>Ukjent vurdering {value}; bruk enig, uenig, spørsmål eller kommentar.</source>
        <translation>Unknown verdict {value}; use enig, uenig, spørsmål or kommentar.</translation>
    </message>
    <message>
        <source>Ukjent rolle {value}; bruk tillitsvalgt, verneombud, ansatt eller leder.</source>
        <translation>Unknown role {value}; use tillitsvalgt, verneombud, ansatt or leder.</translation>
    </message>
    <message>
        <source>Ukjente felt: {fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <source>Ukjent arbeidsmiljømerke {word}; bruk tunge-loft, alenearbeid, smittefare, nattarbeid eller psykisk.</source>
        <translation>Unknown working-environment flag {word}; use tunge-loft, alenearbeid, smittefare, nattarbeid or psykisk.</translation>
    </message>
    <message>
        <source>Oppgaven «{name}» finnes ikke lenger.</source>
        <translation>The task “{name}” no longer exists.</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Leder</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Tillitsvalgt</source>
        <translation>Union representative</translation>
    </message>
    <message>
        <source>Verneombud</source>
        <translation>Safety representative</translation>
    </message>
    <message>
        <source>Ansattrepresentant</source>
        <translation>Employee representative</translation>
    </message>
    <message>
        <source>Helhetlige kommentarer</source>
        <translation>Overall comments</translation>
    </message>
    <message>
        <source>Uenighet (åpne)</source>
        <translation>Disagreement (open)</translation>
    </message>
    <message>
        <source>Spørsmål (åpne)</source>
        <translation>Questions (open)</translation>
    </message>
    <message>
        <source>Foreslåtte arbeidsmiljømerker (åpne)</source>
        <translation>Suggested working-environment flags (open)</translation>
    </message>
    <message>
        <source>Avdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Forslag som gjennomgås</source>
        <translation>Proposal under review</translation>
    </message>
    <message>
        <source>Oppgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Fra arbeidsfil</source>
        <translation>From workspace</translation>
    </message>
    <message>
        <source>Skrevet ut</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slik gjør dere:&lt;/b&gt; Gå gjennom oppgavene og kryss av {box} &lt;b&gt;Enig&lt;/b&gt;, {box} &lt;b&gt;Uenig&lt;/b&gt; eller {box} &lt;b&gt;Spørsmål&lt;/b&gt; for hver oppgave, og skriv gjerne en kort kommentar. Oppgi rolle (tillitsvalgt, verneombud, ansatt eller leder) – navn trengs ikke. &lt;b&gt;Grå bakgrunn&lt;/b&gt; i forslagskolonnen betyr at forslaget endrer hvem som gjør oppgaven; andelene som endres står med &lt;b&gt;fet skrift&lt;/b&gt;. Se særlig etter tunge løft og alenearbeid (tabellen «Arbeidsmiljø»). Til slutt: en helhetlig kommentar og signatur.</source>
        <translation>&lt;b&gt;How to do it:&lt;/b&gt; Go through the tasks and tick {box} &lt;b&gt;Agree&lt;/b&gt;, {box} &lt;b&gt;Disagree&lt;/b&gt; or {box} &lt;b&gt;Question&lt;/b&gt; for each task, and feel free to write a short comment. Give your role (union representative, safety representative, employee or leader) – no names are needed. A &lt;b&gt;grey background&lt;/b&gt; in the proposal column means the proposal changes who does the task; the shares that change are in &lt;b&gt;bold&lt;/b&gt;. Look especially at heavy lifting and lone work (the table “Working environment”). Finally: an overall comment and a signature.</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>t/uke</source>
        <translation>h/week</translation>
    </message>
    <message>
        <source>(dagens fordeling)</source>
        <translation>(today’s distribution)</translation>
    </message>
    <message>
        <source>(forslaget)</source>
        <translation>(the proposal)</translation>
    </message>
    <message>
        <source>Enig</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Uenig</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Spørs-&lt;br/&gt;mål</source>
        <translation>Ques-&lt;br/&gt;tion</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>oppgi rolle: tillitsvalgt, verneombud, ansatt eller leder</source>
        <translation>give your role: union representative, safety representative, employee or leader</translation>
    </message>
    <message>
        <source>Oppgavefordeling til gjennomgang</source>
        <translation>Task distribution for review</translation>
    </message>
    <message>
        <source>Gjennomgangskopi</source>
        <translation>Review copy</translation>
    </message>
    <message>
        <source>Fingeravtrykk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Helhetlig kommentar fra HMS-gruppen</source>
        <translation>Overall comment from the HSE group</translation>
    </message>
    <message>
        <source>Hva mener gruppen om forslaget som helhet? Hva bør lederen se nærmere på? Oppgi rolle.</source>
        <translation>What does the group think of the proposal as a whole? What should the leader look into? Give your role.</translation>
    </message>
    <message>
        <source>HMS-gruppen har gjennomgått oppgavefordelingen i forslaget: {box} uten merknader &amp;nbsp;&amp;nbsp; {box} med merknader (se kommentarene)</source>
        <translation>The HSE group has reviewed the task distribution of the proposal: {box} without remarks &amp;nbsp;&amp;nbsp; {box} with remarks (see the comments)</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Gjennomgang i HMS-gruppen: oppgavefordeling</source>
        <translation>Review in the HSE group: task distribution</translation>
    </message>
    <message>
        <source>Oppgavene</source>
        <translation>The tasks</translation>
    </message>
    <message>
        <source>kopi {id}</source>
        <translation>copy {id}</translation>
    </message>
    <message>
        <source>Arbeidsmiljø</source>
        <translation>Working environment</translation>
    </message>
    <message>
        <source>Ingen oppgaver er merket med arbeidsmiljøforhold ennå. Merk oppgavene (eller foreslå merker i gjennomgangen), så vises timene her.</source>
        <translation>No tasks are flagged with working-environment concerns yet. Flag the tasks (or suggest flags in the review) and the hours show here.</translation>
    </message>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>hyppighet · varighet · merker · risiko</source>
        <translation>frequency · duration · flags · risk</translation>
    </message>
    <message>
        <source>Årsverk per yrkesgruppe</source>
        <translation>FTEs per occupational group</translation>
    </message>
    <message>
        <source>Stillinger i dag (årsverk)</source>
        <translation>Positions today (FTEs)</translation>
    </message>
    <message>
        <source>Oppgavene i dag (årsverk)</source>
        <translation>Tasks today (FTEs)</translation>
    </message>
    <message>
        <source>Oppgavene i forslaget (årsverk)</source>
        <translation>Tasks in the proposal (FTEs)</translation>
    </message>
    <message>
        <source>Endring (årsverk)</source>
        <translation>Change (FTEs)</translation>
    </message>
    <message>
        <source>Forslaget samler mer av dette arbeidet på én yrkesgruppe:</source>
        <translation>The proposal gathers more of this work on one role:</translation>
    </message>
    <message>
        <source>Forslaget samler ikke tunge løft eller alenearbeid på én yrkesgruppe.</source>
        <translation>The proposal does not gather heavy lifting or lone work on one role.</translation>
    </message>
    <message>
        <source>Kommentarer fra HMS-gruppen</source>
        <translation>Comments from the HSE group</translation>
    </message>
    <message>
        <source>Ingen kommentarer er mottatt.</source>
        <translation>No comments have been received.</translation>
    </message>
    <message>
        <source>«{proposal}», sammenlignet med «{baseline}»</source>
        <translation>“{proposal}”, compared with “{baseline}”</translation>
    </message>
    <message>
        <source>Signering</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>HMS-gjennomgang</source>
        <translation>HSE review</translation>
    </message>
    <message>
        <source>HMS-gjennomgang: {department}</source>
        <translation>HSE review: {department}</translation>
    </message>
    <message>
        <source>Timer per uke med arbeid som er merket tunge løft/forflytning, alenearbeid, smittefare, nattarbeid eller psykisk belastning, per yrkesgruppe: «{baseline}» → «{proposal}». En oppgave med flere merker teller under hvert av dem.</source>
        <translation>Hours per week of work flagged heavy lifting/transfers, lone work, infection risk, night work or mental strain, per role: “{baseline}” → “{proposal}”. A task with several flags counts under each of them.</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Advarsel gis når en yrkesgruppe får minst {hours} t/uke mer av tunge løft eller alenearbeid enn i dag, og økningen er minst {relative} % av dagens timer eller gruppens andel av alt slikt arbeid øker med minst {points} prosentpoeng.</source>
        <translation>A warning is given when a role gets at least {hours} h/week more heavy lifting or lone work than today, and the increase is at least {relative} % of today’s hours or the role’s share of all such work rises by at least {points} percentage points.</translation>
    </message>
    <message>
        <source>(behandlet)</source>
        <translation>(resolved)</translation>
    </message>
    <message>
        <source>{total} kommentarer fra {copies} gjennomgang(er): {open} åpne, {resolved} behandlet. Vurderinger: {verdicts}. Fra: {roles}.</source>
        <translation>{total} comments from {copies} review(s): {open} open, {resolved} resolved. Verdicts: {verdicts}. From: {roles}.</translation>
    </message>
    <message>
        <source>Årsverk som de kartlagte oppgavene krever, «{baseline}» → «{proposal}», ved siden av årsverkene i dagens stillinger. Endringen viser hvilke yrkesgrupper som får mer og mindre å gjøre i forslaget.</source>
        <translation>FTEs required by the mapped tasks, “{baseline}” → “{proposal}”, alongside the FTEs in current positions. The change shows which occupational groups get more and less to do in the proposal.</translation>
    </message>
    <message>
        <source>{uuid}, laget {when}</source>
        <translation>{uuid}, made {when}</translation>
    </message>
    <message>
        <source>Side {page} av {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>{changed} kommentarer gjelder oppgaver som er endret og {deleted} oppgaver som er slettet siden gjennomgangskopien ble laget.</source>
        <translation>{changed} comments are about tasks that were changed and {deleted} about tasks that were deleted since the review copy was made.</translation>
    </message>
    <message>
        <source>Foreslåtte merker: {flags}</source>
        <translation>Suggested flags: {flags}</translation>
    </message>
    <message>
        <source>Risiko {risk} · {rule}</source>
        <translation>Risk {risk} · {rule}</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>Gjennomgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Legg til kommentar</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Helhetlig kommentar</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Merker</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Oppgaven</source>
        <translation>The task</translation>
    </message>
    <message>
        <source>Kommentar til oppgaven</source>
        <translation>Comment on the task</translation>
    </message>
    <message>
        <source>Behandlet / åpne igjen</source>
        <translation>Handled / reopen</translation>
    </message>
    <message>
        <source>Helhetlig kommentar til fordelingen</source>
        <translation>Overall comment on the distribution</translation>
    </message>
    <message>
        <source>Lagre helhetlig kommentar</source>
        <translation>Save overall comment</translation>
    </message>
    <message>
        <source>Arbeidsmiljø per yrkesgruppe …</source>
        <translation>Work environment per role …</translation>
    </message>
    <message>
        <source>Importert gjennomgangskopi</source>
        <translation>Imported review copy</translation>
    </message>
    <message>
        <source>Gjennomgangskopi – bare kommentarer kan endres</source>
        <translation>Review copy – only comments can be changed</translation>
    </message>
    <message>
        <source>Kommentarer (HMS)</source>
        <translation>Comments (HSE)</translation>
    </message>
    <message>
        <source>Eksporter gjennomgangskopi …</source>
        <translation>Export review copy …</translation>
    </message>
    <message>
        <source>Gjennomgangs-PDF …</source>
        <translation>Review PDF …</translation>
    </message>
    <message>
        <source>Importer returnert kopi …</source>
        <translation>Import returned copy …</translation>
    </message>
    <message>
        <source>Vis kommentarer (HMS)</source>
        <translation>Show comments (HSE)</translation>
    </message>
    <message>
        <source>Regner ut arbeidsmiljø …</source>
        <translation>Calculating work environment …</translation>
    </message>
    <message>
        <source>Skriver fil …</source>
        <translation>Writing file …</translation>
    </message>
    <message>
        <source>Eksporter gjennomgangskopi</source>
        <translation>Export review copy</translation>
    </message>
    <message>
        <source>Gjennomgangs-PDF</source>
        <translation>Review PDF</translation>
    </message>
    <message>
        <source>Importerer gjennomgangskopi …</source>
        <translation>Importing review copy …</translation>
    </message>
    <message>
        <source>Marker kommentar som behandlet</source>
        <translation>Mark comment as handled</translation>
    </message>
    <message>
        <source>Åpne kommentar igjen</source>
        <translation>Reopen comment</translation>
    </message>
    <message>
        <source>Alle kommentarer i avdelingen</source>
        <translation>All comments in the department</translation>
    </message>
    <message>
        <source>Ingenting nytt: kopien er allerede importert.</source>
        <translation>Nothing new: the copy has already been imported.</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Vis bare oppgaver med åpne «uenig»-kommentarer fra HMS-gjennomgangen</source>
        <translation>Show only tasks with open “disagree” comments from the HSE review</translation>
    </message>
    <message>
        <source>Importer returnert kopi</source>
        <translation>Import returned copy</translation>
    </message>
    <message>
        <source>arbeidsmiljømerker</source>
        <translation>work environment tags</translation>
    </message>
    <message>
        <source>Kopi av {department} ({scenario}), laget {when}.</source>
        <translation>Copy of {department} ({scenario}), made {when}.</translation>
    </message>
    <message>
        <source>{count} kommentar(er) fra HMS-gjennomgangen</source>
        <translation>{count} comment(s) from the HSE review</translation>
    </message>
    <message>
        <source>uenighet</source>
        <translation>disagreement</translation>
    </message>
    <message>
        <source>Skjemaet er lagret i {path}.</source>
        <translation>The form was saved to {path}.</translation>
    </message>
    <message>
        <source>Endret kopi</source>
        <translation>Modified copy</translation>
    </message>
    <message>
        <source>Importer likevel</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <source>Ikke importert</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>(helhetlig)</source>
        <translation>(overall)</translation>
    </message>
    <message>
        <source>Behandlet</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kommentarer til «{task}»</source>
        <translation>Comments on “{task}”</translation>
    </message>
    <message>
        <source>alle scenarioer</source>
        <translation>all scenarios</translation>
    </message>
    <message>
        <source>Uenighet</source>
        <translation>Disagreement</translation>
    </message>
    <message>
        <source>Gjennomgangskopi av {department} – {scenario} – bare kommentarer kan endres</source>
        <translation>Review copy of {department} – {scenario} – only comments can be edited</translation>
    </message>
    <message>
        <source>forslaget «{scenario}»</source>
        <translation>the proposal “{scenario}”</translation>
    </message>
    <message>
        <source>Gjennomgangskopien av {department} ({what}) er lagret i {path}.</source>
        <translation>The review copy of {department} ({what}) has been saved to {path}.</translation>
    </message>
    <message>
        <source>forslag til merker</source>
        <translation>proposed flags</translation>
    </message>
    <message>
        <source>{added} nye og {updated} oppdaterte kommentarer.</source>
        <translation>{added} new and {updated} updated comments.</translation>
    </message>
    <message>
        <source>Endret siden kopien ble laget: {tasks}</source>
        <translation>Changed since the copy was made: {tasks}</translation>
    </message>
    <message>
        <source>Slettet siden kopien ble laget: {tasks}</source>
        <translation>Deleted since the copy was made: {tasks}</translation>
    </message>
    <message>
        <source>ADVARSEL – kopien er endret utenfor gjennomgangsmodus: {problems}</source>
        <translation>WARNING – the copy was modified outside review mode: {problems}</translation>
    </message>
    <message>
        <source>ingen merker</source>
        <translation>no flags</translation>
    </message>
    <message>
        <source>Foreslåtte arbeidsmiljømerker: {flags}</source>
        <translation>Proposed work environment flags: {flags}</translation>
    </message>
    <message>
        <source>Kopien er endret utenfor gjennomgangsmodus:
{problems}
Importere likevel?</source>
        <translation>The copy was modified outside review mode:
{problems}
Import anyway?</translation>
    </message>
</context>
<context>
    <name>Rota</name>
    <message>
        <source>Turnusen må være mellom 1 og 52 uker.</source>
        <translation>The rota must be between 1 and 52 weeks.</translation>
    </message>
    <message>
        <source>Helgefrekvensen må være minst 1.</source>
        <translation>The weekend frequency must be at least 1.</translation>
    </message>
    <message>
        <source>Hviletiden mellom vakter kan ikke avtales kortere enn 8 timer.</source>
        <translation>Rest time between shifts cannot be agreed to be shorter than 8 hours.</translation>
    </message>
    <message>
        <source>Hviletid under 11 timer krever en skriftlig avtale med de tillitsvalgte (AML § 10-8 (3)): oppgi avtalen.</source>
        <translation>Rest time under 11 hours requires a written agreement with the union reps (Working Environment Act § 10-8 (3)): state the agreement.</translation>
    </message>
    <message>
        <source>Dager på rad må være minst 1.</source>
        <translation>Days in a row must be at least 1.</translation>
    </message>
    <message>
        <source>En turnus på {w} uker går ikke opp med arbeid hver {f}. helg: velg en lengde som er et multiplum av {f}.</source>
        <translation>A rota of {w} weeks does not work with every {f}th weekend worked: choose a length that is a multiple of {f}.</translation>
    </message>
</context>
<context>
    <name>RotaArsturnus</name>
    <message>
        <source>Avbrutt.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Grunnturnus på {w} uker rullet ut over 52 uker, helligdagene bemannet som søndager.</source>
        <translation>A {w}-week base rota rolled out over 52 weeks, public holidays staffed as Sundays.</translation>
    </message>
    <message>
        <source>Grunnturnusen på {w} uker som årsturnusen rulles ut fra: </source>
        <translation>The {w}-week base rota the annual rota is rolled out from: </translation>
    </message>
    <message>
        <source>Grunnturnusen på {w} uker ble rullet ut over året, men helligdagsukene lot seg ikke bemanne innenfor reglene.</source>
        <translation>The {w}-week base rota was rolled out over the year, but the public holiday weeks could not be staffed within the rules.</translation>
    </message>
    <message>
        <source>Fant ingen bemanning av helligdagsukene innen tidsgrensen.</source>
        <translation>Found no staffing of the public holiday weeks within the time limit.</translation>
    </message>
</context>
<context>
    <name>RotaExport</name>
    <message>
        <source>Turnus</source>
        <extracomment>A solve ended (the outcome, or the error); tests wait for it.</extracomment>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stillingsprosent</source>
        <translation>Position percentage</translation>
    </message>
    <message>
        <source>Timer i turnusen</source>
        <translation>Hours in the rota</translation>
    </message>
    <message>
        <source>Vakttyper</source>
        <translation>Shift types</translation>
    </message>
    <message>
        <source>Regelsjekk</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <source>Turnusen må starte på en mandag.</source>
        <translation>The rota must start on a Monday.</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Slutt</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Funn</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.</source>
        <translation>Unknown file type “{suffix}”: use .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>RotaModels</name>
    <message>
        <source>ma</source>
        <extracomment>Shift codes with a colour of their own (the rest keep the view&apos;s).</extracomment>
        <translation>Mo</translation>
    </message>
    <message>
        <source>ti</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>on</source>
        <translation>We</translation>
    </message>
    <message>
        <source>to</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>lø</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>sø</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kveld</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Natt</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Per uke (mål)</source>
        <translation>Per week (target)</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Uke {w}, dag {d}</source>
        <translation>Week {w}, day {d}</translation>
    </message>
    <message>
        <source>Mål {t} timer ± {k} over turnusen</source>
        <translation>Target {t} hours ± {k} over the rota</translation>
    </message>
    <message>
        <source>Ukjent vaktkode «{c}».</source>
        <translation>Unknown shift code “{c}”.</translation>
    </message>
    <message>
        <source>{s}: på vakt / behov</source>
        <translation>{s}: on shift / need</translation>
    </message>
    <message>
        <source>{h}: bemannes som søndag</source>
        <translation>{h}: staffed as Sunday</translation>
    </message>
</context>
<context>
    <name>RotaPlanning</name>
    <message>
        <source>Turnusen må starte på en mandag.</source>
        <translation>The rota must start on a Monday.</translation>
    </message>
    <message>
        <source>Bemanningsplanen har ingen vakter i helgene: ingen turnus.</source>
        <translation>The staffing plan has no shifts at weekends: no rota.</translation>
    </message>
    <message>
        <source>{r}: {k} heltidsstillinger av {n} personer går ikke med {f} årsverk.</source>
        <translation>{r}: {k} full-time positions out of {n} people are not possible with {f} FTE.</translation>
    </message>
</context>
<context>
    <name>RotaRules</name>
    <message>
        <source>Feil antall dager i turnusen.</source>
        <translation>Wrong number of days in the rota.</translation>
    </message>
    <message>
        <source>{p}: ingen fridager.</source>
        <translation>{p}: no days off.</translation>
    </message>
    <message>
        <source>{p}: over {k} timer per uke i snitt.</source>
        <translation>{p}: over {k} hours per week on average.</translation>
    </message>
    <message>
        <source>{p}: {h} timer i turnusen, stillingen skal ha {t} (± {k}).</source>
        <translation>{p}: {h} hours in the rota, the position should have {t} (± {k}).</translation>
    </message>
    <message>
        <source>{p}: {n} arbeidshelger, skal ha {e} (hver {f}. helg).</source>
        <translation>{p}: {n} working weekends, should have {e} (every {f}th weekend).</translation>
    </message>
    <message>
        <source>{p}: bare {r} timer hvile etter vakten dag {d} (krav {k}).</source>
        <translation>{p}: only {r} hours of rest after the shift on day {d} (required {k}).</translation>
    </message>
    <message>
        <source>{p}: uke {w} har ingen sammenhengende fritid på {k} timer.</source>
        <translation>{p}: week {w} has no continuous time off of {k} hours.</translation>
    </message>
    <message>
        <source>{p}: {h} timer i uke {w} (høyst {k}).</source>
        <translation>{p}: {h} hours in week {w} (at most {k}).</translation>
    </message>
    <message>
        <source>Dag {d} ({w}), {s}: {g} {r}, trenger {n}.</source>
        <translation>Day {d} ({w}), {s}: {g} {r}, needs {n}.</translation>
    </message>
    <message>
        <source>Dag {d}, {s}: {g} med påkrevd kompetanse, trenger {n}.</source>
        <translation>Day {d}, {s}: {g} with required competence, needs {n}.</translation>
    </message>
    <message>
        <source>Ukjent vaktkode «{c}».</source>
        <translation>Unknown shift code “{c}”.</translation>
    </message>
    <message>
        <source>{p}: langvakt utenfor helgen eller uten valgt langvakt.</source>
        <translation>{p}: long shift outside the weekend or without long shifts selected.</translation>
    </message>
    <message>
        <source>{p}: mer enn {n} vakter på rad (dag {d}).</source>
        <translation>{p}: more than {n} shifts in a row (day {d}).</translation>
    </message>
    <message>
        <source>{p}: helg {w} er arbeidshelg uten vakt både lørdag og søndag.</source>
        <translation>{p}: weekend {w} is a working weekend without a shift on both Saturday and Sunday.</translation>
    </message>
    <message>
        <source>{p}: arbeidshelg {a} og {b} er for tett (hver {f}. helg).</source>
        <translation>{p}: working weekends {a} and {b} are too close (every {f}th weekend).</translation>
    </message>
</context>
<context>
    <name>RotaSolver</name>
    <message>
        <source>Turnusen går ikke opp. Det som stenger: {g} (uten den finnes en turnus).</source>
        <translation>No rota is possible. What blocks it: {g} (without it a rota exists).</translation>
    </message>
    <message>
        <source>Turnusen går ikke opp: flere regler stenger sammen.</source>
        <translation>No rota is possible: several rules block it together.</translation>
    </message>
    <message>
        <source>Avbrutt.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Tidsgrensen nådd: turnusen holder reglene, men er ikke bevist den beste.</source>
        <translation>Time limit reached: the rota follows the rules but is not proven to be the best.</translation>
    </message>
    <message>
        <source>Turnusen går ikke opp: </source>
        <translation>No rota is possible: </translation>
    </message>
    <message>
        <source>Fant ingen turnus innen tidsgrensen på {s} sekunder.</source>
        <translation>Found no rota within the time limit of {s} seconds.</translation>
    </message>
    <message>
        <source>Én dag krever {n} {r} på vakt, stillingene gir {p}.</source>
        <translation>One day requires {n} {r} on shift, the positions provide {p}.</translation>
    </message>
    <message>
        <source>Helgene krever {n} {r} i turnusen (hver {f}. helg {w} på jobb), stillingene gir {p}.</source>
        <translation>The weekends require {n} {r} in the rota (every {f}th weekend {w} at work), the positions provide {p}.</translation>
    </message>
    <message>
        <source>Vaktene krever {h} timer {r} i turnusen, stillingene gir høyst {c}.</source>
        <translation>The shifts require {h} hours of {r} in the rota, the positions provide at most {c}.</translation>
    </message>
    <message>
        <source>Turnus nr. {n} funnet etter {s} s</source>
        <translation>Rota no. {n} found after {s} s</translation>
    </message>
</context>
<context>
    <name>RotaTab</name>
    <message>
        <source>Eksporter turnus</source>
        <translation>Export rota</translation>
    </message>
    <message>
        <source>hver </source>
        <translation>1 in </translation>
    </message>
    <message>
        <source>. helg</source>
        <translation> weekends</translation>
    </message>
    <message>
        <source>Langvakter i helgen (12,5 t)</source>
        <translation>Long shifts at weekends (12.5 h)</translation>
    </message>
    <message>
        <source>Planens stillinger (justerbare)</source>
        <translation>The plan&apos;s positions (adjustable)</translation>
    </message>
    <message>
        <source>Dagens stillinger</source>
        <translation>Current positions</translation>
    </message>
    <message>
        <source>Flest mulig heltidsstillinger</source>
        <translation>As many full-time positions as possible</translation>
    </message>
    <message>
        <source>Første mandag i årsturnusen. Helligdagene i året bemannes som søndager; ferien legges ikke inn i turnusen.</source>
        <translation>First Monday of the annual rota. Public holidays in the year are staffed as Sundays; holidays are not included in the rota.</translation>
    </message>
    <message>
        <source>Hvor lenge løseren får lete før den gir opp</source>
        <translation>How long the solver may search before giving up</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Lengde</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Helgearbeid</source>
        <translation>Weekend work</translation>
    </message>
    <message>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Start (årsturnus)</source>
        <translation>Start (annual rota)</translation>
    </message>
    <message>
        <source>Stillingene turnusen lages for: hvor mange 100 %-stillinger og hvor mange personer per rolle (resten deler årsverkene)</source>
        <translation>The positions the rota is made for: how many 100 % positions and how many people per role (the rest share the FTEs)</translation>
    </message>
    <message>
        <source>Lag turnus</source>
        <translation>Create rota</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Til Excel …</source>
        <translation>To Excel …</translation>
    </message>
    <message>
        <source>Til CSV …</source>
        <translation>To CSV …</translation>
    </message>
    <message>
        <source>Lager turnus …</source>
        <translation>Creating rota …</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Endre turnus</source>
        <translation>Edit rota</translation>
    </message>
    <message>
        <source>52 uker (årsturnus)</source>
        <translation>52 weeks (annual rota)</translation>
    </message>
    <message>
        <source>Tidsgrense</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Heltid</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Ingen lagret turnus for scenarioet.</source>
        <translation>No saved rota for the scenario.</translation>
    </message>
    <message>
        <source>Velg en avdeling først.</source>
        <translation>Select a department first.</translation>
    </message>
    <message>
        <source>Ferdig etter {s} s. Løsninger funnet: {n}.</source>
        <translation>Finished after {s} s. Solutions found: {n}.</translation>
    </message>
    <message>
        <source>Det finnes ingen turnus å eksportere ennå.</source>
        <translation>There is no rota to export yet.</translation>
    </message>
    <message>
        <source>{n} uker</source>
        <translation>{n} weeks</translation>
    </message>
    <message>
        <source>Regelsjekk: turnusen holder alle reglene.</source>
        <translation>Rule check: the rota follows all the rules.</translation>
    </message>
    <message>
        <source>Løser … {s} s av høyst {t} s. Løsninger funnet: {n}</source>
        <translation>Solving … {s} s of at most {t} s. Solutions found: {n}</translation>
    </message>
    <message>
        <source>Ingen turnus funnet.</source>
        <translation>No rota found.</translation>
    </message>
    <message>
        <source>Endre turnus: {p} dag {d}</source>
        <translation>Edit rota: {p} day {d}</translation>
    </message>
    <message>
        <source>Turnusen er skrevet til
{path}</source>
        <translation>The rota has been written to
{path}</translation>
    </message>
    <message>
        <source>Målverdi: {o}.</source>
        <translation>Objective value: {o}.</translation>
    </message>
    <message>
        <source>(ikke lagret)</source>
        <translation>(not saved)</translation>
    </message>
    <message>
        <source>Regelsjekk: {n} brudd (markert i rutenettet)</source>
        <translation>Rule check: {n} violations (marked in the grid)</translation>
    </message>
    <message>
        <source>Flest mulig heltid: {k} heltidsstillinger av {n}.</source>
        <translation>As many full-time positions as possible: {k} full-time positions of {n}.</translation>
    </message>
</context>
<context>
    <name>SavedRotas</name>
    <message>
        <source>Den lagrede turnusen kan ikke leses (skadet innhold).</source>
        <translation>The saved rota cannot be read (corrupt content).</translation>
    </message>
</context>
<context>
    <name>ScenarioPrice</name>
    <message>
        <source>oppgaver med restriksjon etter lov eller prosedyre blir hos roller som har lov</source>
        <translation>tasks restricted by law or procedure stay with roles that are permitted</translation>
    </message>
    <message>
        <source>minst {n} autorisert sykepleier på vakt</source>
        <translation>at least {n} authorised nurse on duty</translation>
    </message>
    <message>
        <source>hver vakt</source>
        <translation>every shift</translation>
    </message>
    <message>
        <source>1 måned</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>minst {n} autorisert sykepleier på vakt eller hjemmevakt</source>
        <translation>at least {n} authorised nurse on duty or on call from home</translation>
    </message>
    <message>
        <source>ingen kurs</source>
        <translation>no courses</translation>
    </message>
    <message>
        <source>tjenes ikke inn</source>
        <translation>does not pay back</translation>
    </message>
    <message>
        <source>{months} måneder</source>
        <translation>{months} months</translation>
    </message>
    <message>
        <source>minst {share} % av oppgavetimene gjøres av autorisert personell</source>
        <translation>at least {share}% of task hours are done by authorised staff</translation>
    </message>
    <message>
        <source>{share} % av vakttiden er nødvendig tilstedeværelse (observasjon, uforutsette oppgaver) og regnes ikke som ledig tid</source>
        <translation>{share}% of shift time is required presence (observation, unforeseen tasks) and is not counted as free time</translation>
    </message>
    <message>
        <source>frigjort tid for {role}: {hours} t/uke = {fte} årsverk</source>
        <translation>time freed up for {role}: {hours} h/week = {fte} FTEs</translation>
    </message>
    <message>
        <source>(nok til {users} brukere til med dagens tid per bruker)</source>
        <translation>(enough for {users} more service users at current time per user)</translation>
    </message>
    <message>
        <source>minst {n} pleiere på vakt når en oppgave krever {n} samtidig</source>
        <translation>at least {n} carers on duty when a task needs {n} at once</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>ingen begrensning</source>
        <translation>no restriction</translation>
    </message>
    <message>
        <source>Avdelingen mangler scenarioet «I dag».</source>
        <translation>The department lacks the scenario “I dag” (today).</translation>
    </message>
    <message>
        <source>bare autorisert helsepersonell</source>
        <translation>only authorised health personnel</translation>
    </message>
    <message>
        <source>{department}, «{scenario}»: 1 oppgave er fordelt til en yrkesgruppe som reglene nå ikke tillater: {examples}.</source>
        <translation>{department}, “{scenario}”: 1 task is given to a role the rules now do not allow: {examples}.</translation>
    </message>
    <message>
        <source>{department}, «{scenario}»: {n} oppgaver er fordelt til yrkesgrupper som reglene nå ikke tillater: {examples}.</source>
        <translation>{department}, “{scenario}”: {n} tasks are given to roles the rules now do not allow: {examples}.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet {key}. Scenarioer: {names}</source>
        <translation>No scenario {key}. Scenarios: {names}</translation>
    </message>
    <message>
        <source>«I dag» kan ikke slettes; den er utgangspunktet.</source>
        <translation>“I dag” (today) cannot be deleted; it is the baseline.</translation>
    </message>
    <message>
        <source>bare LEON-nivå {level} eller høyere</source>
        <translation>only LEON level {level} or higher</translation>
    </message>
    <message>
        <source>bare {roles}</source>
        <translation>only {roles}</translation>
    </message>
    <message>
        <source>Yrkesgruppen gjør ikke denne oppgaven i scenarioet.</source>
        <translation>The role does not do this task in the scenario.</translation>
    </message>
    <message>
        <source>Kan bare kopiere scenarioer fra samme avdeling.</source>
        <translation>Can only copy scenarios from the same department.</translation>
    </message>
    <message>
        <source>Avdelingen har allerede et scenario som heter {name}.</source>
        <translation>The department already has a scenario called {name}.</translation>
    </message>
    <message>
        <source>oppgaven er begrenset ({rule})</source>
        <translation>the task is restricted ({rule})</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe i fordelingen.</source>
        <translation>Unknown role in the distribution.</translation>
    </message>
    <message>
        <source>Oppgaven finnes ikke (lenger) i denne avdelingen (id {ids}).</source>
        <translation>The task is not (or no longer) in this department (id {ids}).</translation>
    </message>
    <message>
        <source>{role} kan ikke gjøre «{task}»: {reason}.</source>
        <translation>{role} cannot do “{task}”: {reason}.</translation>
    </message>
    <message>
        <source> og {n} til</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>«{task}» til {role} ({reason})</source>
        <translation>“{task}” to {role} ({reason})</translation>
    </message>
    <message>
        <source>Oppgavene er endret siden forslaget ble laget ({tasks} er ny). Lag forslaget på nytt.</source>
        <translation>The tasks have changed since the proposal was made ({tasks} is new). Make the proposal again.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>Databasen {name} har allerede en arbeidsflate; åpne den i stedet.</source>
        <translation>The database {name} already has a workspace; open it instead.</translation>
    </message>
    <message>
        <source>Dette gjelder bare en database på en server.</source>
        <translation>This only applies to a database on a server.</translation>
    </message>
    <message>
        <source>Dette går bare med en arbeidsfil, ikke med en database på en server. Hent en avdeling til en fil med «oppgave server checkout».</source>
        <translation>This only works with a working file, not with a database on a server. Check out a department to a file with “oppgave server checkout”.</translation>
    </message>
    <message>
        <source>Endret av en annen — last inn på nytt. Endringen din er ikke lagret.</source>
        <translation>Changed by someone else — reload. Your change has not been saved.</translation>
    </message>
    <message>
        <source>Støtte for PostgreSQL-server er ikke installert. Installer den med «pip install oppgave[server]».</source>
        <translation>Support for PostgreSQL server is not installed. Install it with “pip install oppgave[server]”.</translation>
    </message>
    <message>
        <source>porten må være et tall</source>
        <translation>the port must be a number</translation>
    </message>
    <message>
        <source>Serveren {name} avviste forespørselen: {reason}</source>
        <translation>The server {name} rejected the request: {reason}</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til å endre dette på serveren {name}. Spør den som administrerer serveren om skrivetilgang.</source>
        <translation>You do not have access to change this on the server {name}. Ask the person who administers the server for write access.</translation>
    </message>
    <message>
        <source>Endringen ble avvist fordi den bryter en regel i databasen ({reason}).</source>
        <translation>The change was rejected because it breaks a rule in the database ({reason}).</translation>
    </message>
    <message>
        <source>Får ikke kontakt med serveren {name} ({reason}). Sjekk nettverket og adressen; den siste endringen ble ikke lagret.</source>
        <translation>Cannot reach the server {name} ({reason}). Check the network and the address; the last change was not saved.</translation>
    </message>
    <message>
        <source>Ugyldig server-adresse {url}: {reason}</source>
        <translation>Invalid server address {url}: {reason}</translation>
    </message>
    <message>
        <source>Databasen {name} på serveren er ikke satt opp for oppgave. Kjør «oppgave server init» først.</source>
        <translation>The database {name} on the server is not set up for oppgave. Run “oppgave server init” first.</translation>
    </message>
    <message>
        <source>Databasen {name} er satt opp av en nyere versjon av oppgave (skjema {revision}). Oppdater programmet.</source>
        <translation>The database {name} was set up by a newer version of oppgave (schema {revision}). Update the program.</translation>
    </message>
    <message>
        <source>Tilgangen edit-department trenger --department.</source>
        <translation>The access edit-department requires --department.</translation>
    </message>
    <message>
        <source>Tilgangen edit-municipality trenger --municipality.</source>
        <translation>The access edit-municipality requires --municipality.</translation>
    </message>
    <message>
        <source>Ugyldig brukernavn {user}: bruk små bokstaver, sifre, punktum, bindestrek og understrek.</source>
        <translation>Invalid user name {user}: use lowercase letters, digits, full stops, hyphens and underscores.</translation>
    </message>
    <message>
        <source>Ukjent tilgang {level}; velg en av {choices}.</source>
        <translation>Unknown access {level}; choose one of {choices}.</translation>
    </message>
    <message>
        <source>Avdelingen {name} finnes allerede på serveren, men filen er ikke hentet derfra. Hent avdelingen med «oppgave server checkout», eller bruk --force for å erstatte serverens versjon med filens.</source>
        <translation>The department {name} already exists on the server, but the file was not checked out from there. Check the department out with “oppgave server checkout”, or use --force to replace the server&apos;s version with the file&apos;s.</translation>
    </message>
    <message>
        <source>Avdelingen {name} er endret på serveren av en annen siden filen ble hentet; ingenting er lagt ut. Hent den på nytt med «oppgave server checkout», eller bruk --force for å overskrive endringene på serveren.</source>
        <translation>The department {name} was changed on the server by someone else since the file was checked out; nothing was published. Check it out again with “oppgave server checkout”, or use --force to overwrite the changes on the server.</translation>
    </message>
    <message>
        <source>{user} har fått tilgangen {level}.</source>
        <translation>{user} has been given the access {level}.</translation>
    </message>
    <message>
        <source>{user} har fått tilgangen {level} for {where}.</source>
        <translation>{user} has been given the access {level} for {where}.</translation>
    </message>
    <message>
        <source>{url} er ikke en server-adresse (postgresql://bruker@maskin/database).</source>
        <translation>{url} is not a server address (postgresql://user@host/database).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Forventet en liste med tall.</source>
        <translation>Expected a list of numbers.</translation>
    </message>
    <message>
        <source>Listen kan ikke være tom.</source>
        <translation>The list cannot be empty.</translation>
    </message>
    <message>
        <source>Fravær og andre tillegg kan ikke til sammen være 90 % eller mer.</source>
        <translation>Absence and other allowances cannot add up to 90 % or more.</translation>
    </message>
    <message>
        <source>Forventet en liste med rollekoder.</source>
        <translation>Expected a list of role codes.</translation>
    </message>
    <message>
        <source>Det må finnes nøyaktig én dag-, kveld- og nattvakt.</source>
        <translation>There must be exactly one day, one evening and one night shift.</translation>
    </message>
    <message>
        <source>En rollekode kan ikke være tom.</source>
        <translation>A role code cannot be empty.</translation>
    </message>
    <message>
        <source>En rolle kan ikke være både sykepleierrolle og støttefunksjon ({codes}).</source>
        <translation>A role cannot be both a nurse role and a support function ({codes}).</translation>
    </message>
    <message>
        <source>Vaktene overlapper (kl. {time}). De må dekke døgnet uten å overlappe.</source>
        <translation>The shifts overlap (at {time}). They must cover the day without overlapping.</translation>
    </message>
    <message>
        <source>Ingen vakt dekker kl. {time}. Vaktene må dekke hele døgnet.</source>
        <translation>No shift covers {time}. The shifts must cover the whole day.</translation>
    </message>
    <message>
        <source>Ukjent innstilling: {names}.</source>
        <translation>Unknown setting: {names}.</translation>
    </message>
    <message>
        <source>Ukjent rollekode {codes}. Rollekoder: {known}</source>
        <translation>Unknown role code {codes}. Role codes: {known}</translation>
    </message>
    <message>
        <source>{shift} kan ikke begynne og slutte på samme klokkeslett.</source>
        <translation>{shift} cannot start and end at the same time.</translation>
    </message>
    <message>
        <source>Timer per årsverk (per uke)</source>
        <extracomment>What the user can edit, with the Norwegian label the UI and the CLI show (docs/analyse.md).</extracomment>
        <translation>Hours per FTE (per week)</translation>
    </message>
    <message>
        <source>Fravær (andel)</source>
        <translation>Absence (share)</translation>
    </message>
    <message>
        <source>Opplæring og møter (andel)</source>
        <translation>Training and meetings (share)</translation>
    </message>
    <message>
        <source>Vakter</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Lengder på helgevakt (timer)</source>
        <translation>Weekend shift lengths (hours)</translation>
    </message>
    <message>
        <source>Helgefrekvenser (hver n-te helg)</source>
        <translation>Weekend frequencies (every nth weekend)</translation>
    </message>
    <message>
        <source>Uker per år</source>
        <translation>Weeks per year</translation>
    </message>
    <message>
        <source>Sykepleierroller (koder)</source>
        <translation>Nurse roles (codes)</translation>
    </message>
    <message>
        <source>Helgevakter per person per helg</source>
        <translation>Weekend shifts per person per weekend</translation>
    </message>
    <message>
        <source>Grense for kontinuitetsbærer (stillingsprosent)</source>
        <translation>Threshold for continuity carriers (position size)</translation>
    </message>
    <message>
        <source>Støttefunksjoner (koder)</source>
        <translation>Support functions (codes)</translation>
    </message>
    <message>
        <source>Lærlinger og elever (koder)</source>
        <translation>Apprentices and students (codes)</translation>
    </message>
    <message>
        <source>Autoriserte sykepleiere i forsvarlighetsgulvet (koder)</source>
        <translation>Authorised nurses in the safety floor (codes)</translation>
    </message>
    <message>
        <source>Laveste nivå for høyrisikooppgaver</source>
        <translation>Lowest level for high-risk tasks</translation>
    </message>
    <message>
        <source>Veiledning ved delegering (andel av timene)</source>
        <translation>Supervision when delegating (share of the hours)</translation>
    </message>
    <message>
        <source>Kurs fordeles over (år)</source>
        <translation>Spread course costs over (years)</translation>
    </message>
    <message>
        <source>Ferie (uker per år)</source>
        <translation>Holidays (weeks per year)</translation>
    </message>
    <message>
        <source>Helligdager (arbeidsdager per år)</source>
        <translation>Public holidays (working days per year)</translation>
    </message>
    <message>
        <source>Oppfriskning per år (andel av kurskostnaden)</source>
        <translation>Refresher per year (share of the course cost)</translation>
    </message>
    <message>
        <source>dagvakt</source>
        <extracomment>The settings that hold lists of role codes; each code must be one of the catalogue&apos;s.</extracomment>
        <translation>day shift</translation>
    </message>
    <message>
        <source>kveldsvakt</source>
        <translation>evening shift</translation>
    </message>
    <message>
        <source>nattevakt</source>
        <translation>night shift</translation>
    </message>
</context>
<context>
    <name>ShareDelegate</name>
    <message>
        <source>f.eks. HFA 70 %, SPL 30 %</source>
        <translation>e.g. HFA 70 %, SPL 30 %</translation>
    </message>
    <message>
        <source>Skriv yrkesgruppe og andel, f.eks. «HFA 70 %, SPL 30 %». Andelene må bli 100 %.
Én yrkesgruppe alene betyr 100 %. Tomt felt: ikke fordelt.
Yrkesgrupper: {roles}</source>
        <translation>Write role and share, e.g. “HFA 70 %, SPL 30 %”. The shares must make 100 %.
One role alone means 100 %. Empty: unassigned.
Roles: {roles}</translation>
    </message>
</context>
<context>
    <name>StaffingCost</name>
    <message>
        <source>minstebemanning: minst {n} {role} på {shift}</source>
        <extracomment>kroner per hour worked, allowances included (per week basis) per role: hours per week one FTE is available for tasks soft supply per role (positions + hiring allowance), task hours per week</extracomment>
        <translation>minimum staffing: at least {n} {role} on {shift}</translation>
    </message>
    <message>
        <source>{task} er fordelt med {share} %, ikke 100 %</source>
        <translation>{task} is assigned {share} %, not 100 %</translation>
    </message>
    <message>
        <source>{role} har en del av {task}, men {reason}</source>
        <translation>{role} has a share of {task}, but {reason}</translation>
    </message>
    <message>
        <source>{role} har en del av {task}, men mangler {competence}</source>
        <translation>{role} has a share of {task}, but lacks {competence}</translation>
    </message>
    <message>
        <source>{role} trenger {fte} årsverk, over taket på {cap}</source>
        <translation>{role} needs {fte} FTE, above the cap of {cap}</translation>
    </message>
    <message>
        <source>oppgaven har høy risiko og krever nivå {level} eller høyere</source>
        <translation>the task is high risk and requires level {level} or higher</translation>
    </message>
    <message>
        <source>oppgaven beholdes hos rollene som gjør den i dag</source>
        <translation>the task stays with the roles doing it today</translation>
    </message>
</context>
<context>
    <name>StaffingMix</name>
    <message>
        <source>Taket på {cap} årsverk for {role} er for lavt: {detail}</source>
        <extracomment>Kroner per year per hour per week beyond a role&apos;s supply, × the role&apos;s yearly rate: high enough that a shortfall is only ever the last resort, finite so it can be named.</extracomment>
        <translation>The cap of {cap} FTE for {role} is too low: {detail}</translation>
    </message>
    <message>
        <source>Takene for {roles} er til sammen for lave: de gir {cap} årsverk, men oppgavene krever minst {need} årsverk fra disse rollene</source>
        <translation>The caps for {roles} are too low together: they give {cap} FTE, but the tasks need at least {need} FTE from these roles</translation>
    </message>
    <message>
        <source>Ingen bemanning oppfyller alle kravene.</source>
        <translation>No staffing meets all the requirements.</translation>
    </message>
    <message>
        <source>minstebemanningen alene krever {floor} årsverk {role}</source>
        <translation>the minimum staffing alone needs {floor} FTE {role}</translation>
    </message>
    <message>
        <source>oppgaver bare {role} kan gjøre krever {need} årsverk (blant annet {examples})</source>
        <translation>tasks only {role} can do need {need} FTE (among them {examples})</translation>
    </message>
    <message>
        <source>oppgavene og minstebemanningen krever minst {need} årsverk {role}</source>
        <translation>the tasks and the minimum staffing need at least {need} FTE {role}</translation>
    </message>
    <message>
        <source>oppgavene krever minst {need} årsverk {role}</source>
        <translation>the tasks need at least {need} FTE {role}</translation>
    </message>
    <message>
        <source> (blant annet {examples})</source>
        <translation> (among them {examples})</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>fra {before} til {after}</source>
        <translation>from {before} to {after}</translation>
    </message>
    <message>
        <source>gulvet krever {floor}</source>
        <translation>the floor requires {floor}</translation>
    </message>
    <message>
        <source>lavere timekostnad ({new} mot {old} kr/t)</source>
        <translation>lower hourly cost ({new} against {old} NOK/h)</translation>
    </message>
    <message>
        <source>fyller tid {role} uansett har på vakt (minstebemanning)</source>
        <translation>fills time {role} is on shift anyway (minimum staffing)</translation>
    </message>
    <message>
        <source>taket på årsverk for {role}</source>
        <translation>the FTE cap for {role}</translation>
    </message>
    <message>
        <source>{role} har ingen stillinger i avdelingen</source>
        <translation>{role} has no positions in the unit</translation>
    </message>
    <message>
        <source>frigjør tid for {role} innenfor dagens stillinger</source>
        <translation>frees up time for {role} within current positions</translation>
    </message>
    <message>
        <source>gir lavest samlet kostnad</source>
        <translation>gives the lowest total cost</translation>
    </message>
    <message>
        <source>krever {courses}</source>
        <translation>requires {courses}</translation>
    </message>
    <message>
        <source>Optimeringen fant ingen løsning innen {seconds} sekunder.</source>
        <translation>The optimisation found no solution within {seconds} seconds.</translation>
    </message>
    <message>
        <source>Optimal løsning funnet.</source>
        <translation>Optimal solution found.</translation>
    </message>
    <message>
        <source>Tidsgrensen ble nådd; beste løsning så langt.</source>
        <translation>The time limit was reached; best solution so far.</translation>
    </message>
</context>
<context>
    <name>StaffingModels</name>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Antall</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Timer/uke</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Antallet kan ikke være negativt.</source>
        <translation>The count cannot be negative.</translation>
    </message>
    <message>
        <source>Stillingsstørrelsen må være mellom 0 og 100 %.</source>
        <translation>The position size must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Endre stillingsstørrelse for {role}</source>
        <translation>Change position size for {role}</translation>
    </message>
</context>
<context>
    <name>StaffingPlan</name>
    <message>
        <source>{shift} {day_type}: {people} {roles} på vakt, sikkerhetsgulvet krever minst {floor}.</source>
        <translation>{shift} {day_type}: {people} {roles} on shift, the safety floor requires at least {floor}.</translation>
    </message>
    <message>
        <source>{shift} {day_type}: {have} med kompetansen «{competence}» på vakt, trenger {people}.</source>
        <translation>{shift} {day_type}: {have} with the competence “{competence}” on shift, needs {people}.</translation>
    </message>
    <message>
        <source>{h} timer per uke er ikke fordelt på noen rolle og er ikke med i planen.</source>
        <translation>{h} hours per week are not assigned to any role and are not included in the plan.</translation>
    </message>
    <message>
        <source>(oppgaver: {tasks})</source>
        <translation>(tasks: {tasks})</translation>
    </message>
</context>
<context>
    <name>StaffingPlanEdits</name>
    <message>
        <source>Minste stillingsstørrelse må være mellom 1 og 100 %.</source>
        <translation>Smallest position size must be between 1 and 100 %.</translation>
    </message>
    <message>
        <source>Scenarioet finnes ikke i avdelingen.</source>
        <translation>The scenario does not exist in the department.</translation>
    </message>
</context>
<context>
    <name>StaffingPlanExport</name>
    <message>
        <source>Bemanningsplan</source>
        <translation>Staffing plan</translation>
    </message>
    <message>
        <source>Årsverk</source>
        <translation>FTEs</translation>
    </message>
    <message>
        <source>Heltid</source>
        <translation>Full time</translation>
    </message>
    <message>
        <source>Bemanningsplanen skrives til en .xlsx-fil.</source>
        <translation>The staffing plan is written to an .xlsx file.</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vakt</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Dagtype</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>Oppgavetimer per dag</source>
        <translation>Task hours per day</translation>
    </message>
    <message>
        <source>Behov (personer)</source>
        <translation>Need (people)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Hjemmevakt</source>
        <translation>On call from home</translation>
    </message>
    <message>
        <source>Lagt til av gulvet</source>
        <translation>Added by the floor</translation>
    </message>
    <message>
        <source>Overbelastet i dag</source>
        <translation>Overloaded today</translation>
    </message>
    <message>
        <source>Ledig kapasitet i dag</source>
        <translation>Spare capacity today</translation>
    </message>
    <message>
        <source>Timer per uke, plan</source>
        <translation>Hours per week, plan</translation>
    </message>
    <message>
        <source>Årsverk, plan</source>
        <translation>FTEs, plan</translation>
    </message>
    <message>
        <source>Timer per uke, i dag</source>
        <translation>Hours per week, today</translation>
    </message>
    <message>
        <source>Årsverk, i dag</source>
        <translation>FTEs, today</translation>
    </message>
    <message>
        <source>Bare hverdager</source>
        <translation>Weekdays only</translation>
    </message>
    <message>
        <source>Hver n. helg</source>
        <translation>Every nth weekend</translation>
    </message>
    <message>
        <source>Helgevakt (timer)</source>
        <translation>Weekend shift (hours)</translation>
    </message>
    <message>
        <source>Personer helgene krever</source>
        <translation>People the weekends require</translation>
    </message>
    <message>
        <source>100 %-stillinger</source>
        <translation>100% positions</translation>
    </message>
    <message>
        <source>Ansatte</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Heltidsandel</source>
        <translation>Full-time share</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Mulig med minste stilling</source>
        <translation>Possible with smallest position</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nei</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>StaffingPlanTab</name>
    <message>
        <source>Tilbake til beregnet</source>
        <translation>Back to calculated</translation>
    </message>
    <message>
        <source>Fjern din endring i den valgte raden; det beregnede tallet gjelder igjen</source>
        <translation>Remove your change in the selected row; the calculated number applies again</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <source>Advarsel:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Planen gir {fte} årsverk (i dag {today}); tilstedeværelse {presence} % av vakten.</source>
        <translation>The plan gives {fte} FTE (today {today}); presence {presence} % of the shift.</translation>
    </message>
    <message>
        <source>✎ = endret for hånd.</source>
        <translation>✎ = changed by hand.</translation>
    </message>
    <message>
        <source>Gjennomgangskopi: planen kan ikke endres her.</source>
        <translation>Review copy: the plan cannot be changed here.</translation>
    </message>
    <message>
        <source>Bemanningsplan</source>
        <translation>Staffing plan</translation>
    </message>
</context>
<context>
    <name>StaffingPlanView</name>
    <message>
        <source>Rolle</source>
        <extracomment>Most people of one role on one shift the spin box offers (the service&apos;s limit).</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>Vakt</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Beregnet</source>
        <translation>Calculated</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Personer på vakt i dag</source>
        <translation>People on shift today</translation>
    </message>
    <message>
        <source>Personer scenarioets oppgaver trenger på vakten, med tilstedeværelse og sikkerhetsgulv</source>
        <translation>People the scenario&apos;s tasks need on the shift, with presence and safety floor</translation>
    </message>
    <message>
        <source>Planen: det beregnede tallet, eller ditt eget (dobbeltklikk)</source>
        <translation>The plan: the calculated number, or your own (double-click)</translation>
    </message>
    <message>
        <source>Plan minus i dag</source>
        <translation>Plan minus today</translation>
    </message>
    <message>
        <source>mål ≥ 50 %</source>
        <translation>target ≥ 50 %</translation>
    </message>
    <message>
        <source>Hvor mange 100 %-stillinger kan vi tilby?</source>
        <translation>How many 100 % positions can we offer?</translation>
    </message>
    <message>
        <source>Helg</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>overbelastet i dag</source>
        <translation>overloaded today</translation>
    </message>
    <message>
        <source>endret</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Antallet må være et heltall.</source>
        <translation>The number must be a whole number.</translation>
    </message>
    <message>
        <source>I dag: {k} av {n} i 100 % ({share}); minste stilling {m} %; {goal}.</source>
        <translation>Today: {k} of {n} at 100 % ({share}); minimum position {m} %; {goal}.</translation>
    </message>
    <message>
        <source>ledig kapasitet</source>
        <translation>spare capacity</translation>
    </message>
    <message>
        <source>{need} personer uavrundet ({hours} t oppgaver per dag)</source>
        <translation>{need} people unrounded ({hours} h of tasks per day)</translation>
    </message>
    <message>
        <source>+{n} sikkerhetsgulv</source>
        <translation>+{n} safety floor</translation>
    </message>
    <message>
        <source>+{n} hjemmevakt</source>
        <translation>+{n} on-call from home</translation>
    </message>
    <message>
        <source>går ikke</source>
        <translation>not possible</translation>
    </message>
    <message>
        <source>hver {f}.</source>
        <translation>1 in {f}</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Fjern valgt rad</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <source>Legg til:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <source>Stillinger</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Bemanning per vakt</source>
        <translation>Staffing per shift</translation>
    </message>
    <message>
        <source>Antall på jobb per vakt, hverdag og helg</source>
        <translation>Number at work per shift, weekday and weekend</translation>
    </message>
    <message>
        <source>{people} stillinger · {fte} årsverk · gjennomsnitt {average} % · heltidsandel {full} % · over 80 % (kontinuitetsbærere) {continuity} %</source>
        <translation>{people} positions · {fte} FTE · average {average} % · full-time share {full} % · above 80 % (continuity carriers) {continuity} %</translation>
    </message>
    <message>
        <source>Vaktplanen dekker {hours} timer per uke = {fte} årsverk à {per_fte} t (uten fravær). Stillingene gir {positions} årsverk.</source>
        <translation>The shift plan covers {hours} hours per week = {fte} FTE of {per_fte} h (without absence). The positions give {positions} FTE.</translation>
    </message>
    <message>
        <source>Kunne ikke legge til stillinger</source>
        <translation>Could not add positions</translation>
    </message>
    <message>
        <source>Fjern stillinger</source>
        <translation>Remove positions</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>oppgave</source>
        <translation>oppgave</translation>
    </message>
    <message>
        <source>Kartlegg alle oppgavene i avdelingen, se hvem som gjør dem, og lag forslag til ny oppgavedeling.</source>
        <translation>Map every task of the department, see who does them, and make proposals for a new task sharing.</translation>
    </message>
    <message>
        <source>Ny arbeidsfil …</source>
        <translation>New workspace …</translation>
    </message>
    <message>
        <source>Åpne arbeidsfil …</source>
        <translation>Open workspace …</translation>
    </message>
    <message>
        <source>Åpne demo (Melhus, Skaun, Midtre Gauldal)</source>
        <translation>Open demo (Melhus, Skaun, Midtre Gauldal)</translation>
    </message>
    <message>
        <source>Sist brukte filer</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>(ingen ennå)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>SystemLibraries</name>
    <message>
        <source>Feil: skrivebordsprogrammet kan ikke starte fordi Qt mangler systembiblioteker ({packages}).
Installer dem med:

    {command}

Kommandolinjen (oppgave analyse, oppgave report …) virker uten dem.</source>
        <translation>Error: the desktop app cannot start because Qt is missing system libraries ({packages}).
Install them with:

    {command}

The command line (oppgave analyse, oppgave report …) works without them.</translation>
    </message>
    <message>
        <source>Feil: skrivebordsprogrammet finner ingen skjerm (DISPLAY er ikke satt). Start det fra skrivebordet, eller bruk kommandolinjen (oppgave --help).</source>
        <translation>Error: the desktop app cannot find a display (DISPLAY is not set). Start it from the desktop, or use the command line (oppgave --help).</translation>
    </message>
</context>
<context>
    <name>TaskClipboard</name>
    <message>
        <source>Utklippstavlen har ingen rader å lime inn.</source>
        <translation>The clipboard has no rows to paste.</translation>
    </message>
    <message>
        <source>Fant ingen kolonne med oppgavenavn.</source>
        <translation>Found no column with task names.</translation>
    </message>
    <message>
        <source>Oppgaven mangler navn.</source>
        <translation>The task has no name.</translation>
    </message>
    <message>
        <source>Ingenting ble limt inn:
{errors}</source>
        <translation>Nothing was pasted:
{errors}</translation>
    </message>
    <message>
        <source>… og {n} feil til.</source>
        <translation>… and {n} more errors.</translation>
    </message>
    <message>
        <source>Rad {row}, {column}: {message}</source>
        <translation>Row {row}, {column}: {message}</translation>
    </message>
</context>
<context>
    <name>TaskColumn</name>
    <message>
        <source>Oppgave</source>
        <extracomment>Column headers (Norwegian source text, translated in ``headerData``).</extracomment>
        <translation>Task</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hyppighet</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Tid på døgnet</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Ansatte samtidig</source>
        <translation>Staff at once</translation>
    </message>
    <message>
        <source>Timer/uke</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>Utføres av</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Krever kompetanse</source>
        <translation>Requires competence</translation>
    </message>
    <message>
        <source>Begrensning</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Delegering</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Hvor ofte, f.eks. «2 per dag», «1 per uke (man–fre)», «4 per år»</source>
        <extracomment>What each column explains in its header tool tip.</extracomment>
        <translation>How often, e.g. “2 per day”, “1 per week (Mon–Fri)”, “4 per year”</translation>
    </message>
    <message>
        <source>Når på døgnet, f.eks. «07:00–09:00, 15:00–16:00» eller «dag, kveld»</source>
        <translation>When in the day, e.g. “07:00–09:00, 15:00–16:00” or “day, evening”</translation>
    </message>
    <message>
        <source>Minutter per gang, f.eks. «15» eller «1,5 t»</source>
        <translation>Minutes each time, e.g. “15” or “1.5 h”</translation>
    </message>
    <message>
        <source>Hvor mange som må være med samtidig</source>
        <translation>How many must take part at once</translation>
    </message>
    <message>
        <source>Ganger per uke × varighet / 60 × ansatte samtidig (regnes ut)</source>
        <translation>Times per week × duration / 60 × staff at once (calculated)</translation>
    </message>
    <message>
        <source>Hvem gjør oppgaven i valgt scenario, f.eks. «HFA 70 %, SPL 30 %»</source>
        <translation>Who does the task in the selected scenario, e.g. “HFA 70 %, SPL 30 %”</translation>
    </message>
    <message>
        <source>Kompetanser oppgaven krever</source>
        <translation>Competences the task requires</translation>
    </message>
    <message>
        <source>Hvem som har lov: «autorisert», «nivå 2», «bare SPL, VPL» eller tom</source>
        <translation>Who is allowed: “authorised”, “level 2”, “only SPL, VPL” or empty</translation>
    </message>
    <message>
        <source>Hvor stor skade en feil kan gjøre: lav, middels eller høy. Oppgaver med høy risiko går aldri under fastsatt LEON-nivå i et forslag</source>
        <translation>How much harm an error can do: low, medium or high. High-risk tasks never go below the set LEON level in a proposal</translation>
    </message>
    <message>
        <source>Kan overføres, kan delegeres med veiledning (gir veiledningstid og kompetansegodkjenning) eller beholdes hos dagens yrkesgrupper</source>
        <translation>Can be transferred, can be delegated with supervision (adds supervision time and competence sign-off) or kept with the current occupational groups</translation>
    </message>
</context>
<context>
    <name>TaskLibraryDialog</name>
    <message>
        <source>Legg til typiske oppgaver</source>
        <translation>Add typical tasks</translation>
    </message>
    <message>
        <source> brukere</source>
        <translation> residents</translation>
    </message>
    <message>
        <source>Søk …</source>
        <translation>Search …</translation>
    </message>
    <message>
        <source>Velg alle</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Velg ingen</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Tjenestetype:</source>
        <translation>Service type:</translation>
    </message>
    <message>
        <source>Størrelse:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Kryss av oppgavene som finnes i avdelingen. Hyppighet og hvem som gjør dem er typiske verdier; juster dem i tabellen etterpå.</source>
        <translation>Tick the tasks the department has. Frequency and who does them are typical values; adjust them in the table afterwards.</translation>
    </message>
    <message>
        <source>Oppgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Hyppighet</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Varighet</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Timer/uke</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Ingen typiske oppgaver for denne tjenesten ennå.</source>
        <translation>No typical tasks for this service yet.</translation>
    </message>
    <message>
        <source>{name} (finnes)</source>
        <translation>{name} (exists)</translation>
    </message>
    <message>
        <source>{n} valgt · {hours} timer per uke</source>
        <translation>{n} selected · {hours} hours per week</translation>
    </message>
    <message>
        <source>Legg til {n} oppgaver</source>
        <translation>Add {n} tasks</translation>
    </message>
    <message>
        <source>Legg til {n} typiske oppgaver</source>
        <translation>Add {n} typical tasks</translation>
    </message>
    <message>
        <source>Kunne ikke legge til oppgavene</source>
        <translation>Could not add the tasks</translation>
    </message>
    <message>
        <source>Lagt til, med merknader</source>
        <translation>Added, with remarks</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Oppgavebiblioteket er ikke installert.</source>
        <translation>The task library is not installed.</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <source>Søk i oppgavene (Ctrl+F)</source>
        <extracomment>Default column widths in average characters. Enter was pressed on the last row: the caller may move on to the quick-add line.</extracomment>
        <translation>Search the tasks (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Alle statuser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Legg til typiske oppgaver …</source>
        <translation>Add typical tasks …</translation>
    </message>
    <message>
        <source>Alle yrkesgrupper</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Ikke fordelt</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>+ Ny oppgave: skriv navnet og trykk Enter (Insert)</source>
        <translation>+ New task: type the name and press Enter (Insert)</translation>
    </message>
    <message>
        <source>Ctrl+V i tabellen limer inn rader fra Excel</source>
        <translation>Ctrl+V in the table pastes rows from Excel</translation>
    </message>
    <message>
        <source>Kopier rader</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>Kopier rader med overskrifter</source>
        <translation>Copy rows with headers</translation>
    </message>
    <message>
        <source>Lim inn</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Dupliser oppgave</source>
        <translation>Duplicate task</translation>
    </message>
    <message>
        <source>Slett oppgave</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Ny oppgave</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Laster …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>{n} oppgaver</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <source>{shown} av {total} oppgaver</source>
        <translation>{shown} of {total} tasks</translation>
    </message>
    <message>
        <source>Velg en avdeling til venstre, eller lag en ny under Avdeling-menyen.</source>
        <translation>Choose a department on the left, or create one in the Department menu.</translation>
    </message>
    <message>
        <source>Ingen oppgaver ennå i {name}. Skriv den første i feltet nederst og trykk Enter, lim inn rader fra Excel, eller start med «Legg til typiske oppgaver».</source>
        <translation>No tasks yet in {name}. Type the first in the field at the bottom and press Enter, paste rows from Excel, or start with “Add typical tasks”.</translation>
    </message>
    <message>
        <source>Kunne ikke legge til oppgaven</source>
        <translation>Could not add the task</translation>
    </message>
    <message>
        <source>Kunne ikke duplisere</source>
        <translation>Could not duplicate</translation>
    </message>
    <message>
        <source>Kunne ikke slette</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>{n} oppgave(r) slettet. Ctrl+Z angrer.</source>
        <translation>{n} task(s) deleted. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>{n} rad(er) kopiert.</source>
        <translation>{n} row(s) copied.</translation>
    </message>
    <message>
        <source>Kunne ikke lime inn</source>
        <translation>Could not paste</translation>
    </message>
    <message>
        <source>{n} oppgave(r) limt inn. Ctrl+Z angrer.</source>
        <translation>{n} task(s) pasted. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Lim inn i {n} celler</source>
        <translation>Paste into {n} cells</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Ikke fordelt</source>
        <extracomment>Length of the window given to a point in time (&quot;kl 08&quot;): the task is placed in that hour. Cell contents that mean &quot;nothing here&quot;. Cell contents that mean &quot;we do not know&quot; (an error where a value is required). &quot;kontinuerlig&quot;, &quot;hele nattevakta&quot;: present the whole time; see :func:`resolve_continuous` Event-driven tasks (&quot;ved innkomst&quot;, &quot;etter dødsfall&quot;): like &quot;ved behov&quot;, they need an estimate. &quot;1 gang pr. 14. dag&quot;: a count per n days (weeks, months). A unit alone is a frequency of one when it has &quot;hver&quot;/&quot;per&quot; or is an adverb (&quot;daglig&quot;). &quot;per vakt&quot;, &quot;hver vakt&quot;, &quot;alle vakter&quot;, &quot;per skift&quot;: each shift of the day (dag, kveld, natt) unless the text names the shifts (&quot;1 gang per vakt, dag og kveld&quot;). Ordinals after &quot;hver&quot;: &quot;hver tredje uke&quot; is &quot;hver 3. uke&quot;. &quot;(7 dager)&quot;, &quot;alle 7 dager&quot;, &quot;hele uka&quot;: every day, which is what a frequency means anyway. Continuous presence: &quot;kontinuerlig&quot;, &quot;hele vakta&quot;, &quot;hele nattevakta&quot;, &quot;hele døgnet&quot;. Words for &quot;day&quot; that are the unit in &quot;2 ganger per dag&quot;, not the day shift. &quot;nattevakta&quot;, &quot;dagvakta&quot;: forms of the shift words the day parts do not list. Words and abbreviations people use for the default roles (keys are role codes). Compared without dots and spaces, so &quot;hj. pl.&quot; and &quot;hjpl&quot; are the same. Words people use for the default competences (keys are competence codes), compared as whole words or word beginnings (&quot;forflytningskurs&quot; names FORFLYT). Role cells that mean &quot;nobody yet&quot; (besides :data:`BLANK_MARKERS`); the table shows the first. What the table shows for a task without shares (read back as unassigned).</extracomment>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Standardverdi, ikke bekreftet: skriv riktig verdi, eller trykk Enter to ganger for å beholde den.</source>
        <translation>Default value, not confirmed: enter the correct value, or press Enter twice to keep it.</translation>
    </message>
    <message>
        <source>Ingen er satt til å gjøre oppgaven i dette scenarioet.</source>
        <translation>Nobody is assigned to the task in this scenario.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Ugyldig hyppighet.</source>
        <translation>Invalid frequency.</translation>
    </message>
    <message>
        <source>Velg minst én ukedag.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <source>Ugyldige tidsrom.</source>
        <translation>Invalid time windows.</translation>
    </message>
    <message>
        <source>Ukjent kompetanse.</source>
        <translation>Unknown competence.</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Oppgi laveste LEON-nivå for begrensningen.</source>
        <translation>Give the lowest LEON level for the restriction.</translation>
    </message>
    <message>
        <source>Velg hvilke yrkesgrupper som kan gjøre oppgaven.</source>
        <translation>Choose which roles may do the task.</translation>
    </message>
    <message>
        <source>{name} (kopi)</source>
        <translation>{name} (copy)</translation>
    </message>
    <message>
        <source>Fant ingen oppgave {key}.</source>
        <translation>No task {key}.</translation>
    </message>
    <message>
        <source>En av oppgavene finnes ikke lenger.</source>
        <translation>One of the tasks no longer exists.</translation>
    </message>
    <message>
        <source>Flere oppgaver heter {key}; bruk id i stedet.</source>
        <translation>Several tasks are called {key}; use the id instead.</translation>
    </message>
    <message>
        <source>Fant ingen oppgave med id {id}; den kan være slettet.</source>
        <translation>No task with id {id}; it may have been deleted.</translation>
    </message>
    <message>
        <source>Ukjente felt: {fields}</source>
        <translation>Unknown fields: {fields}</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe i fordelingen.</source>
        <translation>Unknown role in the distribution.</translation>
    </message>
    <message>
        <source>Oppgave {n} ({name}): {message}</source>
        <translation>Task {n} ({name}): {message}</translation>
    </message>
    <message>
        <source>Oppgave med id {id}: {message}</source>
        <translation>Task with id {id}: {message}</translation>
    </message>
    <message>
        <source>Oppgave {name}: {message}</source>
        <translation>Task {name}: {message}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Kartlegging av oppgaver</source>
        <translation>Mapping of tasks</translation>
    </message>
    <message>
        <source>Én rad per oppgave. Skriv som dere snakker: «2 ganger daglig», «15 min», «SPL/HFA». Se arket «Veiledning».</source>
        <translation>One row per task. Write as you talk: “2 ganger daglig”, “15 min”, “SPL/HFA”. See the sheet “Veiledning”.</translation>
    </message>
    <message>
        <source>Velg kategori.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>Velg eller skriv, f.eks. «3 ganger i uka» eller «ved behov, ca. 2 i uka».</source>
        <translation>Choose or write, e.g. “3 ganger i uka” or “ved behov, ca. 2 i uka”.</translation>
    </message>
    <message>
        <source>Velg eller skriv, f.eks. «kl 08».</source>
        <translation>Choose or write, e.g. “kl 08”.</translation>
    </message>
    <message>
        <source>Minutter per gang, f.eks. «15 min».</source>
        <translation>Minutes each time, e.g. “15 min”.</translation>
    </message>
    <message>
        <source>Velg, eller skriv flere med komma.</source>
        <translation>Choose, or write several separated by commas.</translation>
    </message>
    <message>
        <source>Kurs som trengs, eller fritekst.</source>
        <translation>Courses needed, or free text.</translation>
    </message>
    <message>
        <source>Hvor stor skade en feil kan gjøre. Tomt: lav.</source>
        <translation>How much harm an error can do. Empty: low.</translation>
    </message>
    <message>
        <source>Om oppgaven kan gå til andre yrkesgrupper. Tomt: kan overføres.</source>
        <translation>Whether the task can go to other occupational groups. Empty: can be transferred.</translation>
    </message>
    <message>
        <source>Malen må lagres som .xlsx.</source>
        <translation>The template must be saved as .xlsx.</translation>
    </message>
    <message>
        <source>Velg en verdi fra listen.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>Velg, eller skriv flere: «SPL/HFA», «HFA 70 %, ASS 30 %».</source>
        <translation>Choose, or write several: “SPL/HFA”, “HFA 70 %, ASS 30 %”.</translation>
    </message>
    <message>
        <source>Et helt tall fra 1 til 20.</source>
        <translation>A whole number from 1 to 20.</translation>
    </message>
    <message>
        <source>Slik fyller dere ut malen</source>
        <translation>How to fill in the template</translation>
    </message>
    <message>
        <source>Kort navn på oppgaven, f.eks. «Morgenstell». Må være med.</source>
        <translation>Short name of the task, e.g. “Morgenstell”. Required.</translation>
    </message>
    <message>
        <source>Må være med. F.eks. «2 ganger daglig», «hver morgen», «x3 pr uke», «ukentlig», «annenhver dag», «1 gang i måneden», «man, ons, fre», «daglig unntatt helg». «Ved behov» trenger et anslag: «ved behov, ca. 3 ganger i uka».</source>
        <translation>Required. E.g. “2 ganger daglig”, “hver morgen”, “x3 pr uke”, “ukentlig”, “annenhver dag”, “1 gang i måneden”, “man, ons, fre”, “daglig unntatt helg”. “Ved behov” needs an estimate: “ved behov, ca. 3 ganger i uka”.</translation>
    </message>
    <message>
        <source>Må være med. Tid hver gang: «15 min», «1,5 t», «1 time», «ca. 20 minutter».</source>
        <translation>Required. Time each time: “15 min”, “1,5 t”, “1 time”, “ca. 20 minutter”.</translation>
    </message>
    <message>
        <source>Når på døgnet: «morgen» (07–10), «formiddag» (10–12), «middag» (13–15), «ettermiddag» (15–18), «dag», «kveld», «natt» (vaktene), «kl 08», «08:00-09:30».</source>
        <translation>Time of day: “morgen” (07–10), “formiddag” (10–12), “middag” (13–15), “ettermiddag” (15–18), “dag”, “kveld”, “natt” (the shifts), “kl 08”, “08:00-09:30”.</translation>
    </message>
    <message>
        <source>Yrkesgruppe(r) som gjør oppgaven i dag: «SPL», «SPL/HFA» (deler likt), «HFA 70 %, ASS 30 %». Forkortelser som «sykepl.», «helsefagarb.», «ass.» går fint.</source>
        <translation>Role(s) doing the task today: “SPL”, “SPL/HFA” (split equally), “HFA 70 %, ASS 30 %”. Abbreviations such as “sykepl.”, “helsefagarb.”, “ass.” are fine.</translation>
    </message>
    <message>
        <source>Hvem som kan gjøre oppgaven i framtiden. Blir et eget forslag i programmet.</source>
        <translation>Who can do the task in the future. Becomes a separate proposal in the program.</translation>
    </message>
    <message>
        <source>Kompetanse oppgaven krever, f.eks. «insulin», «sårstell», «forflytning».</source>
        <translation>Competence the task requires, e.g. “insulin”, “sårstell”, “forflytning”.</translation>
    </message>
    <message>
        <source>Kurs som trengs for at andre kan gjøre oppgaven. Et kjent kurs blir et kompetansekrav; annen tekst havner i merknaden.</source>
        <translation>Courses needed so that others can do the task. A known course becomes a competence requirement; other text goes into the remark.</translation>
    </message>
    <message>
        <source>Hvor mange som gjør oppgaven samtidig (f.eks. 2 ved løft).</source>
        <translation>How many do the task at the same time (e.g. 2 for lifting).</translation>
    </message>
    <message>
        <source>Hvor stor skade en feil kan gjøre: «lav», «middels» eller «høy» (som i Calderdale-rammeverket). Oppgaver med høy risiko foreslås aldri under et fastsatt LEON-nivå. Tomt: lav.</source>
        <translation>How much harm an error can do: “low”, “medium” or “high” (as in the Calderdale Framework). High-risk tasks are never proposed below a set LEON level. Empty: low.</translation>
    </message>
    <message>
        <source>«kan overføres» (andre kan overta den for godt), «kan delegeres med veiledning» (krever veiledningstid og godkjent kompetanse per person) eller «beholdes» (blir hos dagens yrkesgrupper). Tomt: kan overføres.</source>
        <translation>“can be transferred” (others can take it over permanently), “can be delegated with supervision” (requires supervision time and approved competence per person) or “kept” (stays with the current occupational groups). Empty: can be transferred.</translation>
    </message>
    <message>
        <source>Yrkesgrupper</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Gi {role} kompetansen {competence}</source>
        <translation>Give {role} the competence {competence}</translation>
    </message>
    <message>
        <source>Ta kompetansen {competence} fra {role}</source>
        <translation>Take the competence {competence} from {role}</translation>
    </message>
    <message>
        <source>Merk «{name}» som valgt</source>
        <translation>Mark “{name}” as selected</translation>
    </message>
    <message>
        <source>Fjern valgt-merket fra «{name}»</source>
        <translation>Remove the selected mark from “{name}”</translation>
    </message>
    <message>
        <source>Endre {what} for «{task}»</source>
        <translation>Change {what} of “{task}”</translation>
    </message>
    <message>
        <source>Endre hvem som gjør «{task}»</source>
        <translation>Change who does “{task}”</translation>
    </message>
    <message>
        <source>Flytt «{task}» til {role}</source>
        <translation>Move “{task}” to {role}</translation>
    </message>
    <message>
        <source>Dupliser {n} oppgave(r)</source>
        <translation>Duplicate {n} task(s)</translation>
    </message>
    <message>
        <source>Slett {n} oppgave(r)</source>
        <translation>Delete {n} task(s)</translation>
    </message>
    <message>
        <source>Nytt scenario «{name}»</source>
        <translation>New scenario “{name}”</translation>
    </message>
    <message>
        <source>Gi «{old}» nytt navn</source>
        <translation>Rename “{old}”</translation>
    </message>
    <message>
        <source>Slett scenario «{name}»</source>
        <translation>Delete scenario “{name}”</translation>
    </message>
    <message>
        <source>Endre stillinger for {role}</source>
        <translation>Change positions of {role}</translation>
    </message>
    <message>
        <source>Endre vaktbemanning for {role}</source>
        <translation>Change shift staffing of {role}</translation>
    </message>
    <message>
        <source>Endre bemanningsplan for {role}</source>
        <translation>Change staffing plan for {role}</translation>
    </message>
    <message>
        <source>Endre yrkesgruppen {code}</source>
        <translation>Change the role {code}</translation>
    </message>
    <message>
        <source>Endre kompetansen {code}</source>
        <translation>Change the competence {code}</translation>
    </message>
    <message>
        <source>Endre kurset «{name}»</source>
        <translation>Change the course “{name}”</translation>
    </message>
    <message>
        <source>Ny yrkesgruppe {code}</source>
        <translation>New role {code}</translation>
    </message>
    <message>
        <source>Slett yrkesgruppen {code}</source>
        <translation>Delete the role {code}</translation>
    </message>
    <message>
        <source>Ny kompetanse {code}</source>
        <translation>New competence {code}</translation>
    </message>
    <message>
        <source>Slett kompetansen {code}</source>
        <translation>Delete the competence {code}</translation>
    </message>
    <message>
        <source>Nytt kurs «{name}»</source>
        <translation>New course “{name}”</translation>
    </message>
    <message>
        <source>Slett kurset «{name}»</source>
        <translation>Delete the course “{name}”</translation>
    </message>
    <message>
        <source>Ny kommune «{name}»</source>
        <translation>New municipality “{name}”</translation>
    </message>
    <message>
        <source>Ny avdeling «{name}»</source>
        <translation>New department “{name}”</translation>
    </message>
    <message>
        <source>Endre avdelingen «{name}»</source>
        <translation>Edit the department “{name}”</translation>
    </message>
    <message>
        <source>Ny oppgave «{name}»</source>
        <translation>New task “{name}”</translation>
    </message>
    <message>
        <source>{n} nye oppgaver</source>
        <translation>{n} new tasks</translation>
    </message>
</context>
<context>
    <name>Upgrades</name>
    <message>
        <source>begrenset til de {staff} ansatte i rollen</source>
        <translation>limited to the {staff} staff in the role</translation>
    </message>
    <message>
        <source>ingen stillinger registrert for rollen: regnet 100 % og ikke begrenset</source>
        <translation>no positions recorded for the role: counted at 100 % and not limited</translation>
    </message>
    <message>
        <source>ingen kurs gir kompetansen til denne rollen</source>
        <translation>no course gives the competence to this role</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Navnet kan ikke være tomt.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>Forventet tekst.</source>
        <translation>Expected text.</translation>
    </message>
    <message>
        <source>Må være et tall.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>Må være et endelig tall.</source>
        <translation>Must be a finite number.</translation>
    </message>
    <message>
        <source>Må være et heltall.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Fargen må skrives som #RRGGBB.</source>
        <translation>Write the colour as #RRGGBB.</translation>
    </message>
    <message>
        <source>Navnet er for langt (høyst {n} tegn).</source>
        <translation>The name is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Teksten er for lang (høyst {n} tegn).</source>
        <translation>The text is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Kan ikke være større enn {maximum}.</source>
        <translation>Cannot be greater than {maximum}.</translation>
    </message>
    <message>
        <source>Ugyldig uuid {value!r}.</source>
        <translation>Invalid uuid {value!r}.</translation>
    </message>
    <message>
        <source>Andelene må summere til 100 % (nå {total} %).</source>
        <translation>The shares must add up to 100 % (now {total} %).</translation>
    </message>
    <message>
        <source>Må være større enn {minimum}.</source>
        <translation>Must be greater than {minimum}.</translation>
    </message>
    <message>
        <source>Kan ikke være mindre enn {minimum}.</source>
        <translation>Cannot be less than {minimum}.</translation>
    </message>
    <message>
        <source>Ugyldig verdi {value!r} (gyldige: {allowed}).</source>
        <translation>Invalid value {value!r} (valid: {allowed}).</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>januar</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februar</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>august</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>og</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>WorkEnvironment</name>
    <message>
        <source>tunge løft/forflytning</source>
        <translation>heavy lifting/transfers</translation>
    </message>
    <message>
        <source>tunge løft</source>
        <translation>heavy lifting</translation>
    </message>
    <message>
        <source>alenearbeid</source>
        <translation>lone work</translation>
    </message>
    <message>
        <source>smittefare</source>
        <translation>infection risk</translation>
    </message>
    <message>
        <source>nattarbeid</source>
        <translation>night work</translation>
    </message>
    <message>
        <source>psykisk belastning</source>
        <translation>mental strain</translation>
    </message>
    <message>
        <source>{role}: {flag} {today} → {proposal} t/uke</source>
        <extracomment>Increase of the role&apos;s flagged hours from today to the proposal (hours per week). ... and either the increase relative to today&apos;s hours (0.5 = +50 %) ... ... or the rise of the role&apos;s share of all hours of that flag (0.10 = 10 points). The role&apos;s share of all of that flag&apos;s hours, today and in the proposal (0–1).</extracomment>
        <translation>{role}: {flag} {today} → {proposal} h/week</translation>
    </message>
    <message>
        <source>andel av alle {flag} {before} % → {after} %</source>
        <translation>share of all {flag} {before} % → {after} %</translation>
    </message>
    <message>
        <source>Scenarioet med id {id} hører ikke til avdelingen.</source>
        <translation>The scenario with id {id} does not belong to the department.</translation>
    </message>
</context>
<context>
    <name>WorkEnvironmentView</name>
    <message>
        <source>Yrkesgruppe</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbeidsmiljø per yrkesgruppe</source>
        <translation>Work environment per role</translation>
    </message>
    <message>
        <source>Ingen advarsler: forslaget samler ikke tunge løft eller alenearbeid på én yrkesgruppe.</source>
        <translation>No warnings: the proposal does not concentrate heavy lifting or lone work on one role.</translation>
    </message>
    <message>
        <source>Arbeidsmiljø:</source>
        <translation>Work environment:</translation>
    </message>
    <message>
        <source>Foreslå arbeidsmiljømerker for «{task}»</source>
        <translation>Suggest work environment tags for “{task}”</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{department}: timer per uke med merket arbeid, {today} → {proposal}</source>
        <translation>{department}: hours per week of tagged work, {today} → {proposal}</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>{name} er en gammel Office-fil eller en kryptert fil som ikke kan leses. Åpne den i Excel og lagre som Excel-arbeidsbok (.xlsx) uten passord.</source>
        <translation>{name} is an old Office file or an encrypted file that cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx) without a password.</translation>
    </message>
    <message>
        <source>{name} er ikke en Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is a zip file, but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} blir ikke lest: {what}. Det er ikke et vanlig oppgaveark.</source>
        <translation>{name} is not read: {what}. It is not a normal task sheet.</translation>
    </message>
    <message>
        <source>{name} er en PDF, ikke et Excel-regneark.</source>
        <translation>{name} is a PDF, not an Excel spreadsheet.</translation>
    </message>
    <message>
        <source>{name} er en nettside (HTML/XML) lagret med Excel-navn. Åpne den i Excel og lagre som Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is a web page (HTML/XML) saved with an Excel name. Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} er et RTF-dokument, ikke et Excel-regneark.</source>
        <translation>{name} is an RTF document, not an Excel spreadsheet.</translation>
    </message>
    <message>
        <source>{name} er en tekstfil (kanskje CSV), ikke en Excel-arbeidsbok. Åpne den i Excel og lagre som Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is a text file (perhaps CSV), not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} har mer enn {limit} rader med innhold. Det er for mye for én avdeling: del filen, eller slett rader og ark som ikke er oppgaver.</source>
        <translation>{name} has more than {limit} rows with content. That is too much for one department: split the file, or delete rows and sheets that are not tasks.</translation>
    </message>
    <message>
        <source>arket har flere rader enn Excel tillater</source>
        <translation>the sheet has more rows than Excel allows</translation>
    </message>
    <message>
        <source>{name} er tom (0 byte).</source>
        <translation>{name} is empty (0 bytes).</translation>
    </message>
    <message>
        <source>delen {part} har en DTD (&lt;!DOCTYPE&gt;), som Excel aldri skriver</source>
        <translation>the part {part} has a DTD (&lt;!DOCTYPE&gt;), which Excel never writes</translation>
    </message>
    <message>
        <source>{name} er for stor ({mb} MB; grensen er {limit} MB).</source>
        <translation>{name} is too large ({mb} MB; the limit is {limit} MB).</translation>
    </message>
    <message>
        <source>{name} er et OpenDocument-regneark (.ods). Åpne det i Excel eller LibreOffice og lagre som Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is an OpenDocument spreadsheet (.ods). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} er et Word-dokument, ikke et Excel-regneark.</source>
        <translation>{name} is a Word document, not an Excel spreadsheet.</translation>
    </message>
    <message>
        <source>{name} er en PowerPoint-presentasjon, ikke et Excel-regneark.</source>
        <translation>{name} is a PowerPoint presentation, not an Excel spreadsheet.</translation>
    </message>
    <message>
        <source>{name} er tom: ingen av arkene har innhold.</source>
        <translation>{name} is empty: none of the sheets have content.</translation>
    </message>
    <message>
        <source>en rad har flere celler enn Excel har kolonner ({limit})</source>
        <translation>a row has more cells than Excel has columns ({limit})</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}.</source>
        <translation>Cannot find the file {path}.</translation>
    </message>
    <message>
        <source>{path} er en mappe, ikke en fil.</source>
        <translation>{path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til å lese {name}.</source>
        <translation>You do not have permission to read {name}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {name}: {reason}</source>
        <translation>Could not read {name}: {reason}</translation>
    </message>
    <message>
        <source>arkene har mer enn {limit} celler med innhold</source>
        <translation>the sheets have more than {limit} cells with content</translation>
    </message>
    <message>
        <source>arkene har mer enn {limit} sammenslåtte områder</source>
        <translation>the sheets have more than {limit} merged ranges</translation>
    </message>
    <message>
        <source>arket har rad nummer {row}; Excel går bare til {limit}</source>
        <translation>the sheet has row number {row}; Excel only goes up to {limit}</translation>
    </message>
    <message>
        <source>arbeidsboken har mer enn {limit} ulike tekster</source>
        <translation>the workbook has more than {limit} distinct strings</translation>
    </message>
    <message>
        <source>{name} er skadet (ufullstendig eller ødelagt zip-fil) og kan ikke leses.</source>
        <translation>{name} is damaged (incomplete or corrupt zip file) and cannot be read.</translation>
    </message>
    <message>
        <source>{name} pakker seg ut til mer enn {limit} MB og blir ikke lest.</source>
        <translation>{name} unpacks to more than {limit} MB and is not read.</translation>
    </message>
    <message>
        <source>delen {part} pakker seg ut til {size} (grensen er {limit})</source>
        <translation>the part {part} unpacks to {size} (the limit is {limit})</translation>
    </message>
    <message>
        <source>delen {part} er pakket {ratio} ganger sammen (en «zip-bombe»)</source>
        <translation>the part {part} is compressed {ratio} times (a “zip bomb”)</translation>
    </message>
    <message>
        <source>{name} er passordbeskyttet. Åpne den i Excel, fjern passordet (Fil &gt; Info &gt; Beskytt arbeidsbok &gt; Krypter med passord) og lagre, eller lagre en kopi uten passord.</source>
        <translation>{name} is password protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password) and save, or save a copy without a password.</translation>
    </message>
    <message>
        <source>{name} er et gammelt Word-dokument, ikke et Excel-regneark.</source>
        <translation>{name} is an old Word document, not an Excel spreadsheet.</translation>
    </message>
    <message>
        <source>{name} er skadet og kan ikke leses ({reason}).</source>
        <translation>{name} is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{name} er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre som Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{name} er skadet: arket «{sheet}» mangler i arbeidsboken.</source>
        <translation>{name} is damaged: the sheet “{sheet}” is missing from the workbook.</translation>
    </message>
    <message>
        <source>de sammenslåtte cellene dekker mer enn {limit} celler</source>
        <translation>the merged cells cover more than {limit} cells</translation>
    </message>
    <message>
        <source>tekstene i arbeidsboken fyller {size} (grensen er {limit})</source>
        <translation>the strings in the workbook take up {size} (the limit is {limit})</translation>
    </message>
    <message>
        <source>{name} er skadet: listen over ark kan ikke leses.</source>
        <translation>{name} is damaged: the list of sheets cannot be read.</translation>
    </message>
    <message>
        <source>{name} er passordbeskyttet og i det gamle Excel-formatet (.xls). Åpne den i Excel, fjern passordet og lagre som Excel-arbeidsbok (.xlsx).</source>
        <translation>{name} is password protected and in the old Excel format (.xls). Open it in Excel, remove the password and save it as an Excel workbook (.xlsx).</translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>Arbeidsfilen {path} finnes ikke lenger (flyttet eller slettet).</source>
        <translation>The workspace {path} no longer exists (moved or deleted).</translation>
    </message>
    <message>
        <source>{name} er skrivebeskyttet (filen eller mappen). Du kan se på innholdet, men ikke endre det. Bruk «Lagre som» for å lagre en kopi du kan endre.</source>
        <translation>{name} is read-only (the file or the folder). You can look at the contents but not change them. Use “Save as” to save a copy you can change.</translation>
    </message>
    <message>
        <source>Et steg i endringen feilet; ingenting er lagret i {name}.</source>
        <translation>A step in the change failed; nothing has been saved in {name}.</translation>
    </message>
    <message>
        <source>Kunne ikke lagre kopi til {path}: {reason}</source>
        <translation>Could not save a copy to {path}: {reason}</translation>
    </message>
    <message>
        <source>Kunne ikke sette tilbake {name}: {reason}</source>
        <translation>Could not restore {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} er skadet og kan ikke åpnes ({reason}).</source>
        <translation>{name} is damaged and cannot be opened ({reason}).</translation>
    </message>
    <message>
        <source>{name} kan ikke brukes: {problem}</source>
        <translation>{name} cannot be used: {problem}</translation>
    </message>
    <message>
        <source>filen er skadet</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>Kan ikke bruke {path} som arbeidsfil: {problem}</source>
        <translation>Cannot use {path} as a workspace file: {problem}</translation>
    </message>
    <message>
        <source>{name} er ikke en oppgave-arbeidsfil (.oppgave).</source>
        <translation>{name} is not an oppgave workspace (.oppgave).</translation>
    </message>
    <message>
        <source>{name} er en database fra et annet program, ikke en oppgave-arbeidsfil.</source>
        <translation>{name} is a database of another program, not an oppgave workspace.</translation>
    </message>
    <message>
        <source>{name} er skrivebeskyttet og kan ikke endres.</source>
        <translation>{name} is read-only and cannot be changed.</translation>
    </message>
    <message>
        <source>{name} er i bruk av et annet program akkurat nå. Prøv igjen om litt.</source>
        <translation>{name} is in use by another program right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>{name} kan ikke nås (flyttet, slettet eller nettverksdisken er borte). Ingen endringer er gått tapt i filen.</source>
        <translation>{name} cannot be reached (moved, deleted, or the network drive is gone). No changes in the file have been lost.</translation>
    </message>
    <message>
        <source>Disken er full; den siste endringen ble ikke lagret i {name}.</source>
        <translation>The disk is full; the last change was not saved in {name}.</translation>
    </message>
    <message>
        <source>Disken avviste skrivingen ({reason}); den siste endringen ble ikke lagret i {name}. Sjekk at disken har plass og er tilgjengelig.</source>
        <translation>The disk rejected the write ({reason}); the latest change was not saved in {name}. Check that the disk has space and is available.</translation>
    </message>
    <message>
        <source>Endringen ble avvist fordi den bryter en regel i arbeidsfilen ({reason}).</source>
        <translation>The change was refused because it breaks a rule of the workspace ({reason}).</translation>
    </message>
    <message>
        <source>filen har {n} skjemaoppføringer</source>
        <translation>the file has {n} schema entries</translation>
    </message>
    <message>
        <source>filen inneholder {kind} «{entry}», som arbeidsfiler aldri har</source>
        <translation>the file contains {kind} “{entry}”, which workspace files never have</translation>
    </message>
    <message>
        <source>den er laget med en nyere versjon av oppgave (skjema {revision}); oppdater programmet</source>
        <translation>it was made with a newer version of oppgave (schema {revision}); update the program</translation>
    </message>
    <message>
        <source>den er laget med en eldre versjon av oppgave (skjema {revision}) som ikke kjenner gjennomgangskopier</source>
        <translation>it was made with an older version of oppgave (schema {revision}) that does not know review copies</translation>
    </message>
    <message>
        <source>indeksen «{index}» er ikke slik programmet lager den</source>
        <translation>the index “{index}” is not as the program creates it</translation>
    </message>
    <message>
        <source>tabellen «{table}» er ikke en vanlig tabell</source>
        <translation>the table “{table}” is not a normal table</translation>
    </message>
    <message>
        <source>tabellen «{table}» mangler (laget med en annen versjon av oppgave, eller endret utenfor programmet)</source>
        <translation>the table “{table}” is missing (made with another version of oppgave, or changed outside the program)</translation>
    </message>
    <message>
        <source>filen har en ukjent tabell «{table}»</source>
        <translation>the file has an unknown table “{table}”</translation>
    </message>
    <message>
        <source>kolonnen «{column}» mangler</source>
        <translation>the column “{column}” is missing</translation>
    </message>
    <message>
        <source>kolonnene står i en annen rekkefølge</source>
        <translation>the columns are in a different order</translation>
    </message>
    <message>
        <source>tabellen «{table}» er ikke slik programmet lager den ({detail}); kopien er laget med en annen versjon av oppgave eller endret utenfor programmet</source>
        <translation>the table “{table}” is not as the program creates it ({detail}); the copy was made with another version of oppgave or changed outside the program</translation>
    </message>
    <message>
        <source>{table}.{column}: {n} verdier av feil type (rad {row} har {found}, skal være {wanted})</source>
        <translation>{table}.{column}: {n} values of the wrong type (row {row} has {found}, should be {wanted})</translation>
    </message>
    <message>
        <source>{table}.{column}: {n} verdier er lengre enn {limit} tegn</source>
        <translation>{table}.{column}: {n} values are longer than {limit} characters</translation>
    </message>
    <message>
        <source>Verditypene kunne ikke kontrolleres ({reason}).</source>
        <translation>The value types could not be checked ({reason}).</translation>
    </message>
    <message>
        <source>filen tar mer enn {seconds} sekunder å kontrollere</source>
        <translation>the file takes more than {seconds} seconds to check</translation>
    </message>
    <message>
        <source>kolonnen «{column}» har en annen type</source>
        <translation>the column “{column}” has a different type</translation>
    </message>
    <message>
        <source>{name} kunne ikke oppgraderes fra skjemaversjon {revision}: innholdet stemmer ikke med den versjonen, så filen ser ut til å være skadet. Filen er ikke endret; en kopi ligger i {backup}.</source>
        <translation>{name} could not be upgraded from schema version {revision}: the content does not match that version, so the file appears to be damaged. The file has not been changed; a copy is in {backup}.</translation>
    </message>
    <message>
        <source>den ukjente kolonnen «{column}»</source>
        <translation>the unknown column “{column}”</translation>
    </message>
    <message>
        <source>{name} er skadet: {problem}</source>
        <translation>{name} is damaged: {problem}</translation>
    </message>
    <message>
        <source>en visning (view)</source>
        <translation>a view</translation>
    </message>
    <message>
        <source>en utløser (trigger)</source>
        <translation>a trigger</translation>
    </message>
    <message>
        <source>filen mangler skjemaversjon</source>
        <translation>the file is missing the schema version</translation>
    </message>
    <message>
        <source>ugyldig tekst</source>
        <translation>invalid text</translation>
    </message>
    <message>
        <source>{name} er skadet (ugyldig filhode) og kan ikke åpnes.</source>
        <translation>{name} is damaged (invalid file header) and cannot be opened.</translation>
    </message>
    <message>
        <source>{name} mangler skjemaversjon og kan ikke åpnes.</source>
        <translation>{name} has no schema version and cannot be opened.</translation>
    </message>
    <message>
        <source>{name} er laget med en nyere versjon av oppgave (skjema {revision}). Oppdater programmet for å åpne den.</source>
        <translation>{name} was made by a newer version of oppgave (schema {revision}). Update the app to open it.</translation>
    </message>
    <message>
        <source>{name} er laget med en eldre versjon og må oppgraderes, men filen eller mappen er skrivebeskyttet. Kopier filen til en mappe du kan skrive i.</source>
        <translation>{name} was made by an older version and must be upgraded, but the file or the folder is read-only. Copy the file to a folder you can write in.</translation>
    </message>
    <message>
        <source>Finner ikke filen {path}.</source>
        <translation>Cannot find the file {path}.</translation>
    </message>
    <message>
        <source>{path} er en mappe, ikke en arbeidsfil.</source>
        <translation>{path} is a folder, not a workspace.</translation>
    </message>
    <message>
        <source>Du har ikke tilgang til å lese {path}.</source>
        <translation>You do not have permission to read {path}.</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} er ufullstendig (avkortet): filen er {size} byte, men skulle vært {expected} byte. Bruk en sikkerhetskopi.</source>
        <translation>{name} is incomplete (truncated): the file is {size} bytes but should be {expected} bytes. Use a backup.</translation>
    </message>
    <message>
        <source>Kunne ikke lage sikkerhetskopi før oppgradering av {name}: {reason}. Filen er ikke endret.</source>
        <translation>Could not make a backup before upgrading {name}: {reason}. The file has not been changed.</translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>Verdien mangler.</source>
        <translation>The value is missing.</translation>
    </message>
    <message>
        <source>Må være et tall.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>Må være et heltall.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Ukjent kompetanse.</source>
        <translation>Unknown competence.</translation>
    </message>
    <message>
        <source>Ukjent avdeling.</source>
        <translation>Unknown department.</translation>
    </message>
    <message>
        <source>Ukjent scenario.</source>
        <translation>Unknown scenario.</translation>
    </message>
    <message>
        <source>Oppgave-ID-en står to ganger.</source>
        <translation>The task ID appears twice.</translation>
    </message>
    <message>
        <source>Ugyldig verdi.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <source>Filen er eksportert fra en nyere versjon av oppgave (format {version}). Oppdater programmet for å importere den.</source>
        <translation>The file was exported from a newer version of oppgave (format {version}). Update the program to import it.</translation>
    </message>
    <message>
        <source>Eksportfilen har {n} feil; ingenting er importert.</source>
        <translation>The export file has {n} errors; nothing has been imported.</translation>
    </message>
    <message>
        <source>Ukjent oppgave i avdelingen.</source>
        <translation>Unknown task in the department.</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Advarsel (beholdt som i filen): {line}</source>
        <translation>Warning (kept as in the file): {line}</translation>
    </message>
    <message>
        <source>Forutsetningene i filen er ulike arbeidsfilens; arbeidsfilens er beholdt.</source>
        <translation>The assumptions in the file differ from the workspace&apos;s; the workspace&apos;s have been kept.</translation>
    </message>
    <message>
        <source>Oppgaven «{task}» finnes i en annen avdeling i arbeidsfilen; ingenting er importert.</source>
        <translation>The task “{task}” exists in another department in the workspace; nothing has been imported.</translation>
    </message>
    <message>
        <source>Kolonner mangler: {columns}.</source>
        <translation>Columns missing: {columns}.</translation>
    </message>
    <message>
        <source>Arket «{name}» mangler.</source>
        <translation>The sheet “{name}” is missing.</translation>
    </message>
    <message>
        <source>Andelene for oppgaven summerer til {total} % i et scenario.</source>
        <translation>The shares for the task add up to {total} % in a scenario.</translation>
    </message>
    <message>
        <source>Ugyldig verdi for {key}.</source>
        <translation>Invalid value for {key}.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Fant ingen avdeling med id {id}.</source>
        <translation>No department with id {id}.</translation>
    </message>
    <message>
        <source>Oppgaven {task} i scenario {scenario}: andelene summerer til {total} %.</source>
        <translation>Task {task} in scenario {scenario}: the shares add up to {total} %.</translation>
    </message>
    <message>
        <source>Oppgaven {task} er fordelt i et scenario fra en annen avdeling ({scenario}).</source>
        <translation>Task {task} is assigned in a scenario of another department ({scenario}).</translation>
    </message>
    <message>
        <source>Avdelingen {name} har {n} «I dag»-scenarioer (skal ha ett).</source>
        <translation>The department {name} has {n} “I dag” (today) scenarios (should have one).</translation>
    </message>
</context>
</TS>
