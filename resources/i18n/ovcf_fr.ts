<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>About OVCF Pathway</source>
        <translation>À propos d&apos;OVCF Pathway</translation>
    </message>
    <message>
        <source>Versions, rule pack fingerprint, site profile, languages and sources.</source>
        <translation>Versions, empreinte du jeu de règles, profil du site, langues et sources.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>OVCF Pathway: rule pack refused</source>
        <translation>OVCF Pathway&#xa0;: jeu de règles refusé</translation>
    </message>
    <message>
        <source>The clinical rule pack is invalid, so no plan can be shown.</source>
        <translation>Le jeu de règles cliniques n&apos;est pas valide&#xa0;: aucun plan ne peut être affiché.</translation>
    </message>
    <message>
        <source>Site profile not used</source>
        <translation>Profil du site non utilisé</translation>
    </message>
    <message>
        <source>The saved site profile is not valid any more; the default profile is used.</source>
        <translation>Le profil du site enregistré n&apos;est plus valide&#xa0;; le profil par défaut est utilisé.</translation>
    </message>
    <message>
        <source>{error}. The changes apply now but will not be remembered at the next start.</source>
        <translation>{error}. Les modifications s&apos;appliquent maintenant mais ne seront pas conservées au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings not saved:</source>
        <translation>Paramètres non enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Paramètres non appliqués</translation>
    </message>
    <message>
        <source>The language or site profile could not be loaded; nothing was changed.</source>
        <translation>La langue ou le profil du site n&apos;a pas pu être chargé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Non décidé</translation>
    </message>
    <message>
        <source>Decision: {choice}</source>
        <translation>Décision&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>Saved with the visit, shown on the timeline and printed.</source>
        <translation>Enregistrée avec la visite, affichée sur la chronologie et imprimée.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motif de la décision</translation>
    </message>
    <message>
        <source>Why the item was accepted or declined.</source>
        <translation>Pourquoi l&apos;élément a été accepté ou refusé.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Note sur la décision</translation>
    </message>
    <message>
        <source>Free text, printed with the decision.</source>
        <translation>Texte libre, imprimé avec la décision.</translation>
    </message>
    <message>
        <source>Decision on {item}:</source>
        <translation>Décision sur {item}&#xa0;:</translation>
    </message>
    <message>
        <source>OVCF case files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Fichiers de cas OVCF (*.yaml *.yml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Enregistrer les modifications de {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>If you do not save, the answers entered since the last save are lost.</source>
        <translation>Si vous n&apos;enregistrez pas, les réponses saisies depuis le dernier enregistrement seront perdues.</translation>
    </message>
    <message>
        <source>OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>OVCF Pathway s&apos;est fermé de manière inattendue le {saved} avec des réponses non enregistrées ({what}).</translation>
    </message>
    <message>
        <source>Another OVCF Pathway window also closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>Une autre fenêtre d&apos;OVCF Pathway s&apos;est aussi fermée de façon inattendue le {saved} avec des réponses non enregistrées ({what}).</translation>
    </message>
    <message>
        <source>This window already holds a restored case. Keep these answers for later (they are offered again at the next start), or discard them.</source>
        <translation>Cette fenêtre contient déjà un cas restauré. Gardez ces réponses pour plus tard (elles seront proposées de nouveau au prochain démarrage), ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurer le travail non enregistré</translation>
    </message>
    <message>
        <source>Restore them? Every answer comes back as it was.</source>
        <translation>Les restaurer&#xa0;? Chaque réponse sera rétablie telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Keep for &amp;later</source>
        <translation>&amp;Garder pour plus tard</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Who is saving?</source>
        <translation>Qui enregistre&#xa0;?</translation>
    </message>
    <message>
        <source>Your name, recorded with every visit you save to the clinic register until you close the app:</source>
        <translation>Votre nom, noté avec chaque visite que vous enregistrez dans le registre jusqu’à la fermeture de l’application&#xa0;:</translation>
    </message>
    <message>
        <source>Who is saving</source>
        <translation>Qui enregistre</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {problem}.</source>
        <translation>Le dossier de données {folder} ne peut pas être utilisé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Data folder not usable</source>
        <translation>Dossier de données inutilisable</translation>
    </message>
    <message>
        <source>Until a usable folder is chosen, answers are not autosaved and settings are not remembered. Cases can still be saved to files.</source>
        <translation>Tant qu&apos;un dossier utilisable n&apos;est pas choisi, les réponses ne sont pas sauvegardées automatiquement et les paramètres ne sont pas conservés. Les cas peuvent toujours être enregistrés dans des fichiers.</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>Continue &amp;without autosave</source>
        <translation>Continuer &amp;sans sauvegarde automatique</translation>
    </message>
    <message>
        <source>Choose a folder for autosaved drafts and settings</source>
        <translation>Choisir un dossier pour les brouillons sauvegardés automatiquement et les paramètres</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Ouvrir un cas</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>{help} Sources: {names}.</source>
        <translation>{help} Sources&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>day since onset</source>
        <translation>jour depuis le début</translation>
    </message>
    <message>
        <source>{question}, as entered</source>
        <translation>{question}, valeur saisie</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>{question}: choose on a calendar</source>
        <translation>{question}&#xa0;: choisir dans un calendrier</translation>
    </message>
    <message>
        <source>Opens a calendar to pick the date with the arrow keys and Enter.</source>
        <translation>Ouvre un calendrier pour choisir la date avec les flèches et Entrée.</translation>
    </message>
    <message>
        <source>Calendar for {question}</source>
        <translation>Calendrier pour {question}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucun de ceux-ci</translation>
    </message>
    <message>
        <source>{question}: none of these</source>
        <translation>{question}&#xa0;: aucun de ceux-ci</translation>
    </message>
    <message>
        <source>Tick if none of the above applies (an answer, not a blank).</source>
        <translation>Cochez si rien de ce qui précède ne s&apos;applique (c&apos;est une réponse, pas un oubli).</translation>
    </message>
    <message>
        <source>Today (visit)</source>
        <translation>Aujourd&apos;hui (visite)</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Légende de la chronologie</translation>
    </message>
    <message>
        <source>Case questions</source>
        <translation>Questions du cas</translation>
    </message>
    <message>
        <source>The questions about this patient, one page at a time.</source>
        <translation>Les questions sur ce patient, une page à la fois.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Clinic re&amp;gister…</source>
        <translation>Re&amp;gistre de la consultation…</translation>
    </message>
    <message>
        <source>&amp;Export clinician summary (PDF)…</source>
        <translation>E&amp;xporter la synthèse clinicien (PDF)…</translation>
    </message>
    <message>
        <source>Export patient &amp;handout (PDF)…</source>
        <translation>Exporter la &amp;fiche patient (PDF)…</translation>
    </message>
    <message>
        <source>Export visit for the health &amp;record (FHIR)…</source>
        <translation>Exporter la visite pour le dossier &amp;médical (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Copy visit note (for the health record)</source>
        <translation>&amp;Copier la note de visite (pour le dossier)</translation>
    </message>
    <message>
        <source>Export request or referral &amp;letter (PDF)…</source>
        <translation>Exporter une &amp;lettre de demande ou d&apos;adressage (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print clinician summary…</source>
        <translation>&amp;Imprimer la synthèse clinicien…</translation>
    </message>
    <message>
        <source>Print patient hando&amp;ut…</source>
        <translation>Imprimer la fic&amp;he patient…</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>Format du &amp;papier</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>Choose &amp;data folder…</source>
        <translation>Choisir le &amp;dossier de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;in</source>
        <translation>&amp;Zoom avant sur la chronologie</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;out</source>
        <translation>Zoom a&amp;rrière sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Fit timeline to window</source>
        <translation>&amp;Ajuster la chronologie à la fenêtre</translation>
    </message>
    <message>
        <source>Timeline: first 1&amp;2 weeks</source>
        <translation>Chronologie : 1&amp;2 premières semaines</translation>
    </message>
    <message>
        <source>Timeline: first &amp;year</source>
        <translation>Chronologie : premièr&amp;e année</translation>
    </message>
    <message>
        <source>Show and go to the &amp;questions</source>
        <translation>Afficher les &amp;questions et y aller</translation>
    </message>
    <message>
        <source>Go to the &amp;timeline</source>
        <translation>Aller à la chrono&amp;logie</translation>
    </message>
    <message>
        <source>Go to the item &amp;details</source>
        <translation>Aller aux &amp;détails de l&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About OVCF Pathway</source>
        <translation>À &amp;propos d&apos;OVCF Pathway</translation>
    </message>
    <message>
        <source>{error}. Answers since the last autosave are not protected against a crash: save the case to a file.</source>
        <translation>{error}. Les réponses saisies depuis la dernière sauvegarde automatique ne sont pas protégées en cas de plantage&#xa0;: enregistrez le cas dans un fichier.</translation>
    </message>
    <message>
        <source>Autosave failed:</source>
        <translation>Échec de la sauvegarde automatique&#xa0;:</translation>
    </message>
    <message>
        <source>File &gt; {entry}</source>
        <translation>Fichier &gt; {entry}</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be used ({problem}). Choose another with {menu}</source>
        <translation>le dossier de données {folder} ne peut pas être utilisé ({problem}). Choisissez-en un autre avec {menu}</translation>
    </message>
    <message>
        <source>Autosave is off:</source>
        <translation>Sauvegarde automatique désactivée&#xa0;:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Follow-up visit.</source>
        <translation>Consultation de suivi.</translation>
    </message>
    <message>
        <source>Last visit {date}. Only new or due questions are asked; the review page shows every answer.</source>
        <translation>Dernière visite le {date}. Seules les questions nouvelles ou à refaire sont posées&#xa0;; la page Récapitulatif affiche toutes les réponses.</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>ce cas</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Impossible d&apos;ouvrir le cas</translation>
    </message>
    <message>
        <source>{file} is not a valid case file; nothing was changed.</source>
        <translation>{file} n&apos;est pas un fichier de cas valide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>Impossible de lire {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>The case is not complete or has a wrong answer.</source>
        <translation>Le cas n&apos;est pas complet ou contient une réponse erronée.</translation>
    </message>
    <message>
        <source>Try another folder.</source>
        <translation>Essayez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
    <message>
        <source>Saved to the clinic register</source>
        <translation>Enregistré dans le registre de la consultation</translation>
    </message>
    <message>
        <source>Your answers are kept (and autosaved).</source>
        <translation>Vos réponses sont conservées (et sauvegardées automatiquement).</translation>
    </message>
    <message>
        <source>Your answers are kept in this window only: they could not be autosaved.</source>
        <translation>Vos réponses sont conservées dans cette fenêtre seulement&#xa0;: elles n&apos;ont pas pu être sauvegardées automatiquement.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>no patient details yet</source>
        <translation>aucune donnée patient pour l&apos;instant</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>un nouveau cas</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Nothing was deleted: it was kept as {file} and will not be offered again.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: il a été conservé sous {file} et ne sera plus proposé.</translation>
    </message>
    <message>
        <source>Nothing was deleted: it stays as {file} ({error}).</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: il reste sous {file} ({error}).</translation>
    </message>
    <message>
        <source>Draft not restored</source>
        <translation>Brouillon non restauré</translation>
    </message>
    <message>
        <source>An autosaved draft could not be restored: {reason}.</source>
        <translation>Un brouillon sauvegardé automatiquement n&apos;a pas pu être restauré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Rien à imprimer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Answer the questions first: the plan is not complete.</source>
        <translation>Répondez d&apos;abord aux questions&#xa0;: le plan n&apos;est pas complet.</translation>
    </message>
    <message>
        <source>OVCF Pathway clinician summary</source>
        <translation>Synthèse clinicien OVCF Pathway</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exporté dans {file}</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Rien à exporter pour l’instant</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Pas encore de lettre</translation>
    </message>
    <message>
        <source>This plan asks for no referral, test or assessment.</source>
        <translation>Ce plan ne demande aucun adressage, examen ni évaluation.</translation>
    </message>
    <message>
        <source>Request or referral letter</source>
        <translation>Lettre de demande ou d&apos;adressage</translation>
    </message>
    <message>
        <source>Letter for:</source>
        <translation>Lettre pour&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>Rien à copier pour l&apos;instant</translation>
    </message>
    <message>
        <source>Visit note copied: paste it into the health record</source>
        <translation>Note de visite copiée&#xa0;: collez-la dans le dossier médical</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Plan not ready yet</source>
        <translation>Plan pas encore prêt</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Résumé du plan</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertes critiques</translation>
    </message>
    <message>
        <source>Plan summary and alerts</source>
        <translation>Résumé du plan et alertes</translation>
    </message>
    <message>
        <source>The day and phase, critical alerts, what to do at this visit, warnings and assumptions, above the timeline.</source>
        <translation>Le jour et la phase, les alertes critiques, ce qu&apos;il faut faire à cette visite, les avertissements et les hypothèses, au-dessus de la chronologie.</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Up and Down select an item; its details appear below.</source>
        <translation>Les flèches Haut et Bas sélectionnent un élément&#xa0;; ses détails s&apos;affichent en dessous.</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Dose, dates, status, strength of recommendation, citations and the answers behind the item.</source>
        <translation>Dose, dates, statut, force de la recommandation, références et réponses sur lesquelles repose l&apos;élément.</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>Encore nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>The plan appears here</source>
        <translation>Le plan apparaît ici</translation>
    </message>
    <message>
        <source>as soon as the questions on the left are answered.</source>
        <translation>dès que les questions de gauche ont reçu une réponse.</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase.</source>
        <translation>Jour {day} depuis le début, phase {phase}.</translation>
    </message>
    <message>
        <source>Visit {visit}; onset {onset}. Site profile: {profile}. Rule pack {version} (sha256 {hash}…).</source>
        <translation>Visite {visit}&#xa0;; début {onset}. Profil du site&#xa0;: {profile}. Jeu de règles {version} (sha256 {hash}…).</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>What each assumption means is under Plan notes and on the items.</source>
        <translation>La signification de chaque hypothèse figure dans les notes du plan et sur les éléments.</translation>
    </message>
    <message>
        <source>Assumed, because left unknown:</source>
        <translation>Supposé, car laissé inconnu&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the interface, the questions, the plan and the printouts.</source>
        <translation>Langue de l&apos;interface, des questions, du plan et des impressions.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd’hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>À faire ce mois-ci</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revue de suivi</translation>
    </message>
    <message>
        <source>born about {year}</source>
        <translation>né(e) vers {year}</translation>
    </message>
    <message>
        <source>Patient (name or ID)</source>
        <translation>Patient (nom ou identifiant)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Profil du site</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>register only</source>
        <translation>registre seulement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Liste de ce qui est à faire</translation>
    </message>
    <message>
        <source>Due items grouped: overdue, today, this week, this month.</source>
        <translation>Ce qui est à faire, par groupe&#xa0;: en retard, aujourd’hui, cette semaine, ce mois-ci.</translation>
    </message>
    <message>
        <source>{n} due</source>
        <translation>{n} à faire</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>What this site has on site or by referral, and its choices where the sources disagree.</source>
        <translation>Ce dont ce site dispose sur place ou sur orientation, et ses choix là où les sources divergent.</translation>
    </message>
    <message>
        <source>Load a profile &amp;file…</source>
        <translation>Charger un &amp;fichier de profil…</translation>
    </message>
    <message>
        <source>Load a profile file</source>
        <translation>Charger un fichier de profil</translation>
    </message>
    <message>
        <source>Use a site profile from a file (checked before it is used).</source>
        <translation>Utiliser un profil de site à partir d&apos;un fichier (vérifié avant utilisation).</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>Le contraste élevé affiche du blanc et du jaune sur fond noir.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Also Ctrl+plus and Ctrl+minus in the main window.</source>
        <translation>Aussi Ctrl+plus et Ctrl+moins dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>For printing and PDF export.</source>
        <translation>Pour l&apos;impression et l&apos;export PDF.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;profile:</source>
        <translation>&amp;Profil du site&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Ta&amp;ille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Fo&amp;rmat du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Appliquer les paramètres</translation>
    </message>
    <message>
        <source>Keep the settings as they were</source>
        <translation>Conserver les paramètres tels quels</translation>
    </message>
    <message>
        <source>{name} (file {file})</source>
        <translation>{name} (fichier {file})</translation>
    </message>
    <message>
        <source>Site profiles (*.yaml *.yml)</source>
        <translation>Profils de site (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Profile not used</source>
        <translation>Profil non utilisé</translation>
    </message>
    <message>
        <source>{file} is not a valid site profile; the current profile is kept.</source>
        <translation>{file} n&apos;est pas un profil de site valide&#xa0;; le profil actuel est conservé.</translation>
    </message>
    <message>
        <source>Treatment timeline</source>
        <translation>Chronologie du traitement</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Pas encore de plan.</translation>
    </message>
    <message>
        <source>{count} items. Use the arrow keys to select one.</source>
        <translation>{count} éléments. Utilisez les flèches pour en sélectionner un.</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>sem. {week}</translation>
    </message>
    <message>
        <source>nothing in this lane</source>
        <translation>rien sur cette ligne</translation>
    </message>
    <message>
        <source>ACCEPTED by the clinician</source>
        <translation>ACCEPTÉ par le clinicien</translation>
    </message>
    <message>
        <source>DECLINED by the clinician</source>
        <translation>REFUSÉ par le clinicien</translation>
    </message>
    <message>
        <source>Today, day {day}</source>
        <translation>Aujourd&apos;hui, jour {day}</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>Ce qui manque encore sur cette page</translation>
    </message>
    <message>
        <source>Still needed: {names}.</source>
        <translation>Encore requis&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Correct the answers marked with a warning sign.</source>
        <translation>Corrigez les réponses marquées d&apos;un signe d&apos;avertissement.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>What to do before the plan</source>
        <translation>À faire avant le plan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check the answers. Finish shows the plan; Back changes an answer (nothing is lost).</source>
        <translation>Vérifiez les réponses. «&#xa0;Terminer&#xa0;» affiche le plan&#xa0;; «&#xa0;Précédent&#xa0;» permet de modifier une réponse (rien n&apos;est perdu).</translation>
    </message>
    <message>
        <source>Summary of the answers</source>
        <translation>Récapitulatif des réponses</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>À propos de cette page</translation>
    </message>
    <message>
        <source>Calculated from these answers</source>
        <translation>Calculé à partir de ces réponses</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>CRITICAL: do this first.</source>
        <translation>CRITIQUE&#xa0;: à faire en premier.</translation>
    </message>
    <message>
        <source>Every answer, page by page, as the plan will use it.</source>
        <translation>Chaque réponse, page par page, telle que le plan l’utilisera.</translation>
    </message>
    <message>
        <source>F&amp;inish: show the plan</source>
        <translation>&amp;Terminer&#xa0;: afficher le plan</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Retour à la page précédente</translation>
    </message>
    <message>
        <source>Every answer is kept.</source>
        <translation>Toutes les réponses sont conservées.</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Enabled when this page&apos;s answers are valid.</source>
        <translation>Activé lorsque les réponses de cette page sont valides.</translation>
    </message>
    <message>
        <source>Finish and show the plan</source>
        <translation>Terminer et afficher le plan</translation>
    </message>
    <message>
        <source>Gives the plan the whole window; Ctrl+1 brings the questions back.</source>
        <translation>Donne toute la fenêtre au plan&#xa0;; Ctrl+1 réaffiche les questions.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Possible duplicate patient</source>
        <translation>Patient peut-être en double</translation>
    </message>
    <message>
        <source>{name} was added to the clinic register as a new patient. The register already has a patient with the same name and year of birth:</source>
        <translation>{name} a été ajouté(e) au registre comme nouveau patient. Le registre a déjà un patient avec le même nom et la même année de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>If this is the same person, open them from File &gt; Clinic register and save their visits there.</source>
        <translation>S’il s’agit de la même personne, ouvrez-la depuis Fichier &gt; Registre de la consultation et enregistrez-y ses visites.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>about {year}</source>
        <translation>vers {year}</translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>dernière visite le {date}</translation>
    </message>
    <message>
        <source>Not in the clinic register:</source>
        <translation>Pas dans le registre&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot save to the clinic register</source>
        <translation>Impossible d’enregistrer dans le registre</translation>
    </message>
    <message>
        <source>The clinic register {file} cannot be used: {error}.</source>
        <translation>Le registre {file} ne peut pas être utilisé&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>Use File &gt; Save As… to save the case to a file.</source>
        <translation>Utilisez Fichier &gt; Enregistrer sous… pour enregistrer le cas dans un fichier.</translation>
    </message>
    <message>
        <source>the register {file} cannot be used ({error}); the case is saved to its file only.</source>
        <translation>le registre {file} ne peut pas être utilisé ({error})&#xa0;; le cas est enregistré dans son fichier seulement.</translation>
    </message>
    <message>
        <source>The visit could not be saved to the clinic register: {error}.</source>
        <translation>La visite n’a pas pu être enregistrée dans le registre&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{file} was saved, but the clinic register could not be written ({error}). Save again to add the visit to the register.</source>
        <translation>{file} a été enregistré, mais le registre n’a pas pu être écrit ({error}). Enregistrez à nouveau pour ajouter la visite au registre.</translation>
    </message>
    <message>
        <source>No clinic register</source>
        <translation>Pas de registre de la consultation</translation>
    </message>
    <message>
        <source>This window has no clinic register: the data folder cannot be used.</source>
        <translation>Cette fenêtre n’a pas de registre&#xa0;: le dossier de données ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Cannot open the clinic register</source>
        <translation>Impossible d’ouvrir le registre</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>Impossible d’ouvrir la visite</translation>
    </message>
    <message>
        <source>The visit could not be opened from the clinic register; nothing was changed.</source>
        <translation>La visite n’a pas pu être ouverte depuis le registre&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Clinic register - OVCF Pathway</source>
        <translation>Registre de la consultation - OVCF Pathway</translation>
    </message>
    <message>
        <source>Clinic register</source>
        <translation>Registre de la consultation</translation>
    </message>
    <message>
        <source>Clinic register views</source>
        <translation>Vues du registre de la consultation</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;À faire</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Pa&amp;tient</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the clinic register</source>
        <translation>Fermer le registre de la consultation</translation>
    </message>
    <message>
        <source>Change &amp;name…</source>
        <translation>Changer le &amp;nom…</translation>
    </message>
    <message>
        <source>Change the name recorded with the visits you save</source>
        <translation>Changer le nom enregistré avec les visites que vous enregistrez</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nom ou identifiant</translation>
    </message>
    <message>
        <source>Search patients by name or ID</source>
        <translation>Rechercher des patients par nom ou identifiant</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Enter or a double click opens a patient; the Down key moves from the search box to the list.</source>
        <translation>Entrée ou un double clic ouvre un patient&#xa0;; la flèche vers le bas passe de la recherche à la liste.</translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation>Résumé de ce qui est à faire</translation>
    </message>
    <message>
        <source>Enter or a double click opens the patient. Overdue items are marked “Overdue” with a warning sign.</source>
        <translation>Entrée ou un double clic ouvre le patient. Ce qui est en retard est marqué «&#xa0;En retard&#xa0;» avec un signe d’avertissement.</translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation>Ce qui est à faire ensuite</translation>
    </message>
    <message>
        <source>&amp;Open latest visit</source>
        <translation>&amp;Ouvrir la dernière visite</translation>
    </message>
    <message>
        <source>Open the latest visit in the main window as a new visit</source>
        <translation>Ouvrir la dernière visite dans la fenêtre principale comme nouvelle visite</translation>
    </message>
    <message>
        <source>&amp;Back to patients</source>
        <translation>&amp;Retour aux patients</translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation>Retour à la liste des patients</translation>
    </message>
    <message>
        <source>&amp;Visits, newest first:</source>
        <translation>&amp;Visites, les plus récentes d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Visits you save are recorded as saved by {name}.</source>
        <translation>Les visites que vous enregistrez sont notées comme enregistrées par {name}.</translation>
    </message>
    <message>
        <source>Your name is asked at your first save.</source>
        <translation>Votre nom est demandé au premier enregistrement.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} trouvé(s)</translation>
    </message>
    <message>
        <source>{n} patients, most recent first</source>
        <translation>{n} patients, les plus récents d’abord</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>Nous sommes le {date}.</translation>
    </message>
    <message>
        <source>What is due next:</source>
        <translation>À faire ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is due for this patient.</source>
        <translation>Rien n’est à faire pour ce patient.</translation>
    </message>
    <message>
        <source>this rule pack is not signed by a trusted key. For writing and testing rule packs only.</source>
        <translation>ce jeu de règles n’est pas signé par une clé de confiance. Réservé à la rédaction et aux tests de jeux de règles.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>Ce qui a changé dans ce jeu de règles</translation>
    </message>
    <message>
        <source>Every change of the rule pack, and the plans that change.</source>
        <translation>Chaque modification du jeu de règles, et les plans qui changent.</translation>
    </message>
    <message>
        <source>A new rule pack is about to be used on this computer. Read what changed, then confirm with your name. The acknowledgement is recorded (who and when) and kept in About.</source>
        <translation>Un nouveau jeu de règles va être utilisé sur cet ordinateur. Lisez ce qui a changé, puis confirmez avec votre nom. La confirmation est enregistrée (qui et quand) et conservée dans «&#xa0;À propos&#xa0;».</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>I have read the changes: &amp;use this rule pack</source>
        <translation>J’ai lu les modifications&#xa0;: &amp;utiliser ce jeu de règles</translation>
    </message>
    <message>
        <source>&amp;Quit without using it</source>
        <translation>&amp;Quitter sans l’utiliser</translation>
    </message>
    <message>
        <source>Use this rule pack</source>
        <translation>Utiliser ce jeu de règles</translation>
    </message>
    <message>
        <source>Quit without using it</source>
        <translation>Quitter sans l’utiliser</translation>
    </message>
    <message>
        <source>this version of the app cannot read the previous pack ({error}).</source>
        <translation>cette version de l’application ne peut pas lire le jeu de règles précédent ({error}).</translation>
    </message>
    <message>
        <source>{user} (first rule pack on this computer: nothing to compare)</source>
        <translation>{user} (premier jeu de règles sur cet ordinateur&#xa0;: rien à comparer)</translation>
    </message>
    <message>
        <source>First choice: {item}</source>
        <translation>Premier choix&#xa0;: {item}</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>ou {item}</translation>
    </message>
    <message>
        <source>{choice}: none possible with these answers (see the alerts)</source>
        <translation>{choice}&#xa0;: aucune option possible avec ces réponses (voir les alertes)</translation>
    </message>
    <message>
        <source>{choice}: one of</source>
        <translation>{choice}&#xa0;: l’une des options suivantes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Champ suivant, champ précédent</translation>
    </message>
    <message>
        <source>Next page, previous page</source>
        <translation>Page suivante, page précédente</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Select the previous or next item, the first or the last</source>
        <translation>Sélectionner l&apos;élément précédent ou suivant, le premier ou le dernier</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Cette visite</translation>
    </message>
    <message>
        <source>Go to an item&apos;s details</source>
        <translation>Aller aux détails d&apos;un élément</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The user guide could not be read: {error}</source>
        <translation>Le guide d&apos;utilisation n&apos;a pas pu être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Plan items, as a list</source>
        <translation>Éléments du plan, en liste</translation>
    </message>
    <message>
        <source>Every item of the timeline with its status and dates; Up and Down move.</source>
        <translation>Chaque élément de la chronologie avec son statut et ses dates&#xa0;; Haut et Bas pour se déplacer.</translation>
    </message>
    <message>
        <source>Day {day} since onset (week {week})</source>
        <translation>Jour {day} depuis le début (semaine {week})</translation>
    </message>
    <message>
        <source>Or how long before the visit, e.g. 3d or 2w</source>
        <translation>Ou combien de temps avant la visite, p. ex. 3j ou 2s</translation>
    </message>
    <message>
        <source>A new fracture since the last visit</source>
        <translation>Une nouvelle fracture depuis la dernière visite</translation>
    </message>
    <message>
        <source>Asks its onset and levels again; the fracture already recorded becomes an earlier fragility fracture.</source>
        <translation>Redemande son début et ses niveaux ; la fracture déjà enregistrée devient une fracture de fragilité antérieure.</translation>
    </message>
    <message>
        <source>Accepted at the last visit ({date}): tick what the patient now takes</source>
        <translation>Accepté à la dernière visite ({date}) : cocher ce que le patient prend maintenant</translation>
    </message>
    <message>
        <source>At the last visit: {answer}</source>
        <translation>À la dernière visite : {answer}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>by referral to {centre}</source>
        <translation>sur orientation vers {centre}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Site profile: {name}</source>
        <translation>Profil du site&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase</source>
        <translation>Jour {day} depuis le début, phase {phase}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visite&#xa0;:</translation>
    </message>
    <message>
        <source>Onset:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>ou {item}</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Éléments du plan</translation>
    </message>
    <message>
        <source>Item and status</source>
        <translation>Élément et statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Strength, sources</source>
        <translation>Force, sources</translation>
    </message>
    <message>
        <source>Full titles and links: Help &gt; About in the app.</source>
        <translation>Titres complets et liens&#xa0;: Aide &gt; À propos dans l&apos;application.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Answers changed</source>
        <translation>Réponses modifiées</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>OVCF Pathway: clinician summary</source>
        <translation>OVCF Pathway&#xa0;: résumé pour le clinicien</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>Autres alertes</translation>
    </message>
    <message>
        <source>Rule pack {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Printed {date}.</source>
        <translation>Jeu de règles {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Imprimé le {date}.</translation>
    </message>
    <message>
        <source>Clinic register audit trail: latest entry sha256 {hash}.</source>
        <translation>Journal d’audit du registre de la clinique&#xa0;: dernière entrée sha256 {hash}.</translation>
    </message>
    <message>
        <source>Signed on {date} by key {key} ({origin}).</source>
        <translation>Signé le {date} par la clé {key} ({origin}).</translation>
    </message>
    <message>
        <source>{id} {version}, acknowledged by {who} on {when} (key {key}; before: {previous})</source>
        <translation>{id} {version}, confirmé par {who} le {when} (clé {key}&#xa0;; précédent&#xa0;: {previous})</translation>
    </message>
    <message>
        <source>A site adds its own trusted key (minisign .pub file) to {folder}.</source>
        <translation>Un site ajoute sa propre clé de confiance (fichier .pub de minisign) dans {folder}.</translation>
    </message>
    <message>
        <source>Rule pack signature</source>
        <translation>Signature du jeu de règles</translation>
    </message>
    <message>
        <source>Trusted keys (fingerprint = minisign key id)</source>
        <translation>Clés de confiance (empreinte = identifiant de clé minisign)</translation>
    </message>
    <message>
        <source>Rule packs acknowledged on this computer</source>
        <translation>Jeux de règles confirmés sur cet ordinateur</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>fournie avec l’application</translation>
    </message>
    <message>
        <source>added by this site</source>
        <translation>ajoutée par ce site</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Sources ({count})</translation>
    </message>
    <message>
        <source>Not on site:</source>
        <translation>Pas sur place&#xa0;:</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Jeu de règles</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Languages and their review status</source>
        <translation>Langues et état de leur relecture</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Strength of recommendation:</source>
        <translation>Force de la recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Secondary summary only: verify against a primary source.</source>
        <translation>Résumé secondaire uniquement&#xa0;: à vérifier dans une source primaire.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Où&#xa0;:</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dose et schéma</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Answers that decided it</source>
        <translation>Réponses qui l’ont décidé</translation>
    </message>
    <message>
        <source>Assumed (answer unknown)</source>
        <translation>Supposé (réponse inconnue)</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Précautions</translation>
    </message>
    <message>
        <source>Evidence notes and where sources differ</source>
        <translation>Notes sur les preuves et divergences entre sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notes du plan</translation>
    </message>
    <message>
        <source>Select an item on the timeline (click, or arrow keys) to see its dose, dates, strength of recommendation, sources and the answers behind it.</source>
        <translation>Sélectionnez un élément sur la chronologie (clic ou flèches) pour voir sa dose, ses dates, la force de la recommandation, les sources et les réponses sur lesquelles il repose.</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Vérifier les réponses</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Assumptions (answers left unknown)</source>
        <translation>Hypothèses (réponses laissées inconnues)</translation>
    </message>
    <message>
        <source>What this site does not have on site</source>
        <translation>Ce que ce site n’a pas sur place</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>NON CONFIRMÉ</translation>
    </message>
    <message>
        <source>From {start} (day {day}), ongoing</source>
        <translation>À partir du {start} (jour {day}), en cours</translation>
    </message>
    <message>
        <source>{date} (day {day})</source>
        <translation>{date} (jour {day})</translation>
    </message>
    <message>
        <source>{start} to {end} (days {first} to {last})</source>
        <translation>Du {start} au {end} (jours {first} à {last})</translation>
    </message>
    <message>
        <source>from {start}, ongoing</source>
        <translation>à partir du {start}, en cours</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>UNSIGNED: not for clinical use</source>
        <translation>NON SIGNÉ&#xa0;: ne pas utiliser en clinique</translation>
    </message>
    <message>
        <source>This rule pack is not signed by a trusted key: it is for writing and testing rule packs only.</source>
        <translation>Ce jeu de règles n’est pas signé par une clé de confiance&#xa0;: il est réservé à la rédaction et aux tests de jeux de règles.</translation>
    </message>
    <message>
        <source>First choice: {item}.</source>
        <translation>Premier choix&#xa0;: {item}.</translation>
    </message>
    <message>
        <source>No first choice: none of these can be offered with these answers (see the alerts).</source>
        <translation>Pas de premier choix&#xa0;: aucune de ces options ne peut être proposée avec ces réponses (voir les alertes).</translation>
    </message>
    <message>
        <source>Alternatives: {items}.</source>
        <translation>Alternatives&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>{item} ({reason})</source>
        <translation>{item} ({reason})</translation>
    </message>
    <message>
        <source>Not for this patient: {items}.</source>
        <translation>Pas pour ce patient&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>From {old} to {new}: {count} changes.</source>
        <translation>De {old} à {new}&#xa0;: {count} modifications.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>Ce qui a changé dans ce jeu de règles</translation>
    </message>
    <message>
        <source>Plans that change</source>
        <translation>Plans qui changent</translation>
    </message>
    <message>
        <source>Plans were not compared: {reason}</source>
        <translation>Les plans n’ont pas été comparés&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Planned under both packs: {scenarios} scenarios, {generated} generated cases; {changed} changed.</source>
        <translation>Plans établis avec les deux jeux de règles&#xa0;: {scenarios} scénarios, {generated} cas générés&#xa0;; {changed} modifiés.</translation>
    </message>
    <message>
        <source>... and {count} more (rules diff lists them all).</source>
        <translation>... et {count} de plus (rules diff les liste tous).</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgent aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Start or continue</source>
        <translation>Commencer ou poursuivre</translation>
    </message>
    <message>
        <source>Arrange (tests, assessments, referrals)</source>
        <translation>Organiser (examens, évaluations, adressages)</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>À envisager</translation>
    </message>
    <message>
        <source>This visit (day {day})</source>
        <translation>Cette visite (jour {day})</translation>
    </message>
    <message>
        <source>{status}, today only</source>
        <translation>{status}, aujourd&apos;hui seulement</translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation>{status}, jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>No review is planned after this visit.</source>
        <translation>Aucune revue n&apos;est prévue après cette visite.</translation>
    </message>
    <message>
        <source>Next review: {date} (day {day}): {what}</source>
        <translation>Prochaine revue&#xa0;: {date} (jour {day})&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Nothing to start, arrange or advise today.</source>
        <translation>Rien à commencer, organiser ou conseiller aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Your clinic: {name}, phone {phone}</source>
        <translation>Votre centre&#xa0;: {name}, téléphone {phone}</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone: {phone}</source>
        <translation>Téléphone de votre centre&#xa0;: {phone}</translation>
    </message>
    <message>
        <source>Your clinic: {name}</source>
        <translation>Votre centre&#xa0;: {name}</translation>
    </message>
    <message>
        <source>OVCF Pathway visit note, {date}</source>
        <translation>Note de visite OVCF Pathway, {date}</translation>
    </message>
    <message>
        <source>{who}. Onset {onset}: day {day} since onset, {phase} phase.</source>
        <translation>{who}. Début {onset}&#xa0;: jour {day} depuis le début, phase {phase}.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>Decisions: {list}</source>
        <translation>Décisions&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Sources: {list}</source>
        <translation>Sources&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Rule pack {id} {version} (sha256 {sha256}), site profile {profile}.</source>
        <translation>Jeu de règles {id} {version} (sha256 {sha256}), profil du site {profile}.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Request / referral: {item}</source>
        <translation>Demande / adressage&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertes critiques</translation>
    </message>
    <message>
        <source>Answers it rests on</source>
        <translation>Réponses sur lesquelles elle repose</translation>
    </message>
    <message>
        <source>The plan at this visit</source>
        <translation>Le plan à cette visite</translation>
    </message>
    <message>
        <source>Strength of recommendation: {strength}. Sources: {sources}.</source>
        <translation>Force de la recommandation&#xa0;: {strength}. Sources&#xa0;: {sources}.</translation>
    </message>
    <message>
        <source>Clinician:</source>
        <translation>Clinicien&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
</context>
</TS>
