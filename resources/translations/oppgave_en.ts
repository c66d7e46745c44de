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
        <source>hele døgnet</source>
        <translation>all day</translation>
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
        <source>Velg en verdi.</source>
        <translation>Choose a value.</translation>
    </message>
    <message>
        <source>{count} per {unit}</source>
        <translation>{count} per {unit}</translation>
    </message>
    <message>
        <source>Hyppigheten må være større enn 0.</source>
        <translation>The frequency must be more than 0.</translation>
    </message>
    <message>
        <source>Velg minst én ukedag.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Varigheten må være mer enn 0 minutter.</source>
        <translation>The duration must be more than 0 minutes.</translation>
    </message>
    <message>
        <source>Varigheten kan ikke være mer enn ett døgn.</source>
        <translation>The duration cannot be more than a day.</translation>
    </message>
    <message>
        <source>Skriv antall ansatte som et helt tall, f.eks. «2».</source>
        <translation>Write the number of staff as a whole number, e.g. “2”.</translation>
    </message>
    <message>
        <source>Minst én person må gjøre oppgaven.</source>
        <translation>At least one person must do the task.</translation>
    </message>
    <message>
        <source>Bare {roles}</source>
        <translation>Only {roles}</translation>
    </message>
    <message>
        <source>Velg hvilke yrkesgrupper som kan gjøre oppgaven.</source>
        <translation>Choose which roles may do the task.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et gyldig valg. Gyldige: {options}.</source>
        <translation>“{text}” is not a valid choice. Valid: {options}.</translation>
    </message>
    <message>
        <source>Ufullstendig dagsintervall, skriv f.eks. «man–fre».</source>
        <translation>Incomplete range of days; write e.g. “Mon–Fri”.</translation>
    </message>
    <message>
        <source>Skriv varigheten i minutter, f.eks. «15» eller «1,5 t».</source>
        <translation>Write the duration in minutes, e.g. “15” or “1.5 h”.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et tall.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>Oppgi andel for hver yrkesgruppe, f.eks. «HFA 70 %, SPL 30 %».</source>
        <translation>Give a share for each role, e.g. “HFA 70 %, SPL 30 %”.</translation>
    </message>
    <message>
        <source>Andelene må summere til 100 % (nå {total} %).</source>
        <translation>The shares must add up to 100 % (now {total} %).</translation>
    </message>
    <message>
        <source>Skriv hvor ofte, f.eks. «{example}».</source>
        <translation>Write how often, e.g. “{example}”.</translation>
    </message>
    <message>
        <source>Mangler per dag, uke, måned eller år. Skriv f.eks. «{example}».</source>
        <translation>Missing per day, week, month or year. Write e.g. “{example}”.</translation>
    </message>
    <message>
        <source>«{text}» er ikke et gyldig klokkeslett.</source>
        <translation>“{text}” is not a valid time of day.</translation>
    </message>
    <message>
        <source>Ukjent yrkesgruppe «{name}». Kjente: {codes}.</source>
        <translation>Unknown role “{name}”. Known: {codes}.</translation>
    </message>
    <message>
        <source>{code} er nevnt mer enn én gang.</source>
        <translation>{code} is given more than once.</translation>
    </message>
    <message>
        <source>Andelen for {code} må være mellom 0 og 100 %.</source>
        <translation>The share of {code} must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>Ingenting igjen til {code}: de andre andelene er {total} %.</source>
        <translation>Nothing left for {code}: the other shares are {total} %.</translation>
    </message>
    <message>
        <source>Forstår ikke «{word}». Skriv f.eks. «2 per dag (man–fre)».</source>
        <translation>Do not understand “{word}”. Write e.g. “2 per day (Mon–Fri)”.</translation>
    </message>
    <message>
        <source>Forstår ikke «{word}». Skriv f.eks. «{example}».</source>
        <translation>Do not understand “{word}”. Write e.g. “{example}”.</translation>
    </message>
    <message>
        <source>Tallet «{word}» står på feil sted. Skriv f.eks. «{example}».</source>
        <translation>The number “{word}” is in the wrong place. Write e.g. “{example}”.</translation>
    </message>
    <message>
        <source>Forstår ikke «{text}». Skriv f.eks. «{example}» eller «dag, kveld».</source>
        <translation>Do not understand “{text}”. Write e.g. “{example}” or “day, evening”.</translation>
    </message>
    <message>
        <source>Ukjent kompetanse «{name}».</source>
        <translation>Unknown competence “{name}”.</translation>
    </message>
    <message>
        <source>Forstår ikke «{text}». Skriv «autorisert», «nivå 2», «bare SPL, VPL» eller la feltet stå tomt.</source>
        <translation>Do not understand “{text}”. Write “authorised”, “level 2”, “only SPL, VPL” or leave it empty.</translation>
    </message>
    <message>
        <source>Vakten «{text}» er ikke definert.</source>
        <translation>The shift “{text}” is not defined.</translation>
    </message>
    <message>
        <source>To tall i hyppigheten; skriv f.eks. «{example}».</source>
        <translation>Two numbers in the frequency; write e.g. “{example}”.</translation>
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
        <source>Årsverk og kroner per uke, i dag og i forslaget:</source>
        <translation>FTE and kroner per week, today and in the proposal:</translation>
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
        <source>Finner den billigste fordelingen av oppgavene som bryter ingen regel, og lagrer den som et nytt forslag. Avslutter med kode 1 og sier hva som stopper når ingen fordeling oppfyller kravene.</source>
        <translation>Finds the cheapest distribution of the tasks that breaks no rule and saves it as a new proposal. Exits with code 1 and says what stands in the way when no distribution meets the requirements.</translation>
    </message>
    <message>
        <source>navnet på det nye scenarioet (standard: Forslag B, …)</source>
        <translation>the name of the new scenario (default: Forslag B, …)</translation>
    </message>
    <message>
        <source>høyst så mange årsverk for rollen, for eksempel SPL=4,5 (kan gjentas)</source>
        <translation>at most this many FTE for the role, for example SPL=4.5 (may be repeated)</translation>
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
        <source>Ingen oppgaver flyttes: dagens fordeling er allerede den billigste.</source>
        <translation>No tasks move: today’s distribution is already the cheapest.</translation>
    </message>
    <message>
        <source>Kurs (engangskostnad):</source>
        <translation>Courses (one-off cost):</translation>
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
        <source>Krav: {options}.</source>
        <translation>Requirements: {options}.</translation>
    </message>
    <message>
        <source>{status} ({seconds} s, {variables} variabler)</source>
        <translation>{status} ({seconds} s, {variables} variables)</translation>
    </message>
    <message>
        <source>Årsverk i dag</source>
        <translation>FTE today</translation>
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
        <source>Kr/uke i dag</source>
        <translation>NOK/week today</translation>
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
        <source>Kostnad per år (lønn og kurs): {after} kr, i dag {before} kr, endring {change} kr.</source>
        <translation>Cost per year (pay and courses): NOK {after}, today NOK {before}, change NOK {change}.</translation>
    </message>
    <message>
        <source>Kostnad per år (lønn og kurs): {after} kr.</source>
        <translation>Cost per year (pay and courses): NOK {after}.</translation>
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
        <source>{course} for {role}: {people} pers., {cost} kr</source>
        <translation>{course} for {role}: {people} people, NOK {cost}</translation>
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
        <source>Avbrutt.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>Feil: {message}</source>
        <translation>Error: {message}</translation>
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
        <source>skriv ut gjennomgangsskjemaet som PDF</source>
        <translation>print the review form as PDF</translation>
    </message>
    <message>
        <source>forslaget (standard: kopiens eller det første)</source>
        <translation>the proposal (default: the copy’s or the first)</translation>
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
        <source>Feil: {path} finnes allerede.</source>
        <translation>Error: {path} already exists.</translation>
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
        <source>lag en ny, tom arbeidsfil med standardkatalog</source>
        <translation>create a new, empty workspace with the default catalogue</translation>
    </message>
    <message>
        <source>overskriv filen om den finnes</source>
        <translation>overwrite the file if it exists</translation>
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
        <source>kontroller at arbeidsfilen er hel (avslutter med kode 1 ved feil)</source>
        <translation>check that the workspace is sound (exits with code 1 on errors)</translation>
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
    <name>CompetenceEditor</name>
    <message>
        <source>Søk … (mellomrom krysser av)</source>
        <translation>Search … (space ticks)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>f.eks. Solsiden langtidsavdeling</source>
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
        <source>Oppgave-arbeidsfiler (*.oppgave);;Alle filer (*)</source>
        <translation>Oppgave workspaces (*.oppgave);;All files (*)</translation>
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
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{name} er allerede åpen hos {user} på maskinen {host} (siden {time}). Endringer dere gjør samtidig kan overskrive hverandre.</source>
        <translation>{name} is already open by {user} on the computer {host} (since {time}). Changes you both make at the same time can overwrite each other.</translation>
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
        <source>Ingen fil åpen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Verkstedmodus: stor tekst og høy kontrast. F11 slår av.</source>
        <translation>Workshop mode: large text and high contrast. F11 turns it off.</translation>
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
        <source>Forslag {letter}</source>
        <translation>Proposal {letter}</translation>
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
        <source>ingen tak eller minstebemanning</source>
        <translation>no caps or minimum staffing</translation>
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
        <source>Ukjent vakt.</source>
        <translation>Unknown shift.</translation>
    </message>
    <message>
        <source>Ukjent dagtype.</source>
        <translation>Unknown day type.</translation>
    </message>
    <message>
        <source>Fant ikke scenarioet {key}. Scenarioer: {names}</source>
        <translation>No scenario {key}. Scenarios: {names}</translation>
    </message>
    <message>
        <source>Kostnad {cost} kr per år</source>
        <translation>Cost NOK {cost} per year</translation>
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
        <source>({change} kr mot i dag)</source>
        <translation>(NOK {change} against today)</translation>
    </message>
    <message>
        <source>{role} høyst {fte} årsverk</source>
        <translation>{role} at most {fte} FTE</translation>
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
        <source>Kopien kan ikke erstatte arbeidsfilen selv.</source>
        <translation>The copy cannot replace the workspace itself.</translation>
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
        <source>{name} finnes allerede.</source>
        <translation>{name} already exists.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
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
        <source>Kunne ikke skrive {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Kunne ikke lese {path}: {reason}</source>
        <translation>Could not read {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} er ikke en gjennomgangskopi.</source>
        <translation>{name} is not a review copy.</translation>
    </message>
    <message>
        <source>Fingeravtrykket i kopien er ikke det som ble registrert da kopien ble laget {when}.</source>
        <translation>The fingerprint in the copy is not the one recorded when the copy was made {when}.</translation>
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
        <source>per dag</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per uke</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per måned</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per år</source>
        <translation>per year</translation>
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
        <source>hyppighet · varighet · merker</source>
        <translation>frequency · duration · flags</translation>
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
        <source>(hverdager)</source>
        <translation>(weekdays)</translation>
    </message>
    <message>
        <source>(helg)</source>
        <translation>(weekend)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kunne ikke skrive {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
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
        <source>Ukjent yrkesgruppe i fordelingen.</source>
        <translation>Unknown role in the distribution.</translation>
    </message>
    <message>
        <source>Oppgaven finnes ikke (lenger) i denne avdelingen (id {ids}).</source>
        <translation>The task is not (or no longer) in this department (id {ids}).</translation>
    </message>
    <message>
        <source>Oppgavene er endret siden forslaget ble laget ({tasks} er ny). Lag forslaget på nytt.</source>
        <translation>The tasks have changed since the proposal was made ({tasks} is new). Make the proposal again.</translation>
    </message>
    <message>
        <source>{role} kan ikke gjøre «{task}»: oppgaven er begrenset ({rule}).</source>
        <translation>{role} may not do “{task}”: the task is restricted ({rule}).</translation>
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
        <source>{task} er fordelt med {share} %, ikke 100 %</source>
        <extracomment>kroner per hour worked, allowances included (per week basis)</extracomment>
        <translation>{task} is assigned {share} %, not 100 %</translation>
    </message>
    <message>
        <source>{role} har en del av {task}, men restriksjonen tillater {who}</source>
        <translation>{role} has a share of {task}, but the restriction allows {who}</translation>
    </message>
    <message>
        <source>{role} har en del av {task}, men mangler {competence}</source>
        <translation>{role} has a share of {task}, but lacks {competence}</translation>
    </message>
    <message>
        <source>{role} trenger {fte} årsverk, over taket på {cap}</source>
        <translation>{role} needs {fte} FTE, above the cap of {cap}</translation>
    </message>
</context>
<context>
    <name>StaffingMix</name>
    <message>
        <source>Taket på {cap} årsverk for {role} er for lavt: {detail}</source>
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
        <source>Bemanning per vakt (antall på jobb)</source>
        <translation>Staffing per shift (number at work)</translation>
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
        <translation>Unassigned</translation>
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
        <source>Kunne ikke lagre kopi til {path}: {reason}</source>
        <translation>Could not save a copy to {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} er skadet og kan ikke åpnes ({reason}).</source>
        <translation>{name} is damaged and cannot be opened ({reason}).</translation>
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
        <source>Endringen ble avvist fordi den bryter en regel i arbeidsfilen ({reason}).</source>
        <translation>The change was refused because it breaks a rule of the workspace ({reason}).</translation>
    </message>
    <message>
        <source>{name} er skadet: {problem}</source>
        <translation>{name} is damaged: {problem}</translation>
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
        <source>{name} finnes allerede.</source>
        <translation>{name} already exists.</translation>
    </message>
    <message>
        <source>Mappen {folder} finnes ikke.</source>
        <translation>The folder {folder} does not exist.</translation>
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
        <source>{name} må oppgraderes før den kan brukes.</source>
        <translation>{name} must be upgraded before it can be used.</translation>
    </message>
    <message>
        <source>Kunne ikke lage sikkerhetskopi før oppgradering av {name}: {reason}. Filen er ikke endret.</source>
        <translation>Could not make a backup before upgrading {name}: {reason}. The file has not been changed.</translation>
    </message>
    <message>
        <source>Kan ikke skrive i mappen {folder}: {reason}</source>
        <translation>Cannot write in the folder {folder}: {reason}</translation>
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
