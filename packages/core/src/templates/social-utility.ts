import type { TemplateSpec } from "./spec.ts";

/**
 * A multidimensional self-evaluation of social utility, written for Coéval:
 * five dimensions, each criterion with guiding questions, why it matters, and
 * a four-level path whose every level is described. A starting point to copy
 * and change, never a standard to comply with.
 */
export const socialUtilityTemplate: TemplateSpec = {
  id: "social-utility-5d",
  name: {
    fr: "Utilité sociale en cinq dimensions",
    en: "Social utility in five dimensions",
  },
  description: {
    fr: "Une auto-évaluation de l'utilité sociale à mener avec ses parties prenantes : contribution économique, égalité et développement humain, lien social et démocratie locale, innovation sociale, fonctionnement interne. Chaque critère propose des questions clés et un chemin en quatre niveaux, à adapter à votre structure.",
    en: "A self-evaluation of social utility to carry out with your stakeholders: economic contribution, equality and human development, social ties and local democracy, social innovation, internal functioning. Each criterion offers guiding questions and a four-level path, to adapt to your organisation.",
  },
  gridDescription: {
    fr: "Grille de départ proposée par Coéval. Elle appartient au groupe qui l'utilise : renommez, retirez, ajoutez des critères pour qu'elle parle de ce qui compte chez vous.",
    en: "A starting grid offered by Coéval. It belongs to the group using it: rename, remove and add criteria so that it speaks of what matters to you.",
  },
  levelLabels: [
    { fr: "Pas encore", en: "Not yet" },
    { fr: "Premiers pas", en: "First steps" },
    { fr: "Bien engagé", en: "Well under way" },
    { fr: "Exemplaire", en: "Exemplary" },
  ],
  glossary: [
    {
      term: { fr: "Utilité sociale", en: "Social utility" },
      definition: {
        fr: "Ce que l'activité apporte aux personnes et au territoire au-delà de ce qui se vend et s'achète : liens, capacités, égalité, démocratie. C'est le groupe qui dit ce qu'elle recouvre pour lui.",
        en: "What the activity brings to people and to the area beyond what is bought and sold: ties, abilities, equality, democracy. The group itself says what it covers.",
      },
    },
    {
      term: { fr: "Partie prenante", en: "Stakeholder" },
      definition: {
        fr: "Toute personne ou organisation concernée par l'activité : salariés, bénévoles, personnes accueillies, partenaires, financeurs, collectivités, pairs.",
        en: "Anyone concerned by the activity: employees, volunteers, the people served, partners, funders, local authorities, peers.",
      },
    },
    {
      term: { fr: "Personnes accueillies", en: "People served" },
      definition: {
        fr: "Celles et ceux à qui l'activité s'adresse : clients, usagers, habitants, adhérents. Chaque structure choisit le mot qui lui convient.",
        en: "Those the activity is for: customers, users, residents, members. Each organisation chooses the word that suits it.",
      },
    },
    {
      term: { fr: "Hybridation des ressources", en: "Mix of resources" },
      definition: {
        fr: "Le fait de combiner des recettes d'activité, des financements publics, des dons et du bénévolat, pour ne dépendre d'aucune source unique.",
        en: "Combining earned income, public funding, donations and volunteering, so as to depend on no single source.",
      },
    },
    {
      term: { fr: "Coûts évités", en: "Avoided costs" },
      definition: {
        fr: "Dépenses que la collectivité n'a pas à engager grâce à l'activité (isolement évité, santé préservée, retour à l'emploi). Elles s'estiment avec prudence et se racontent autant qu'elles se comptent.",
        en: "Spending the community does not have to make thanks to the activity (isolation avoided, health preserved, return to work). They are estimated with care and told as much as counted.",
      },
    },
    {
      term: { fr: "Positionnement collectif", en: "Collective position" },
      definition: {
        fr: "Le niveau sur lequel le groupe s'accorde après avoir comparé les positionnements individuels et en avoir discuté, avec ses raisons et les désaccords qui restent.",
        en: "The level the group agrees on after comparing individual ratings and discussing them, with its reasons and the disagreements that remain.",
      },
    },
  ],
  dimensions: [
    {
      id: "economy",
      label: { fr: "Contribution économique", en: "Economic contribution" },
      description: {
        fr: "Ce que l'activité apporte à l'économie du territoire : emplois, achats, ressources, dépenses évitées.",
        en: "What the activity brings to the local economy: jobs, purchases, resources, costs avoided.",
      },
      criteria: [
        {
          id: "economy.jobs",
          label: { fr: "Des emplois de qualité sur le territoire", en: "Quality jobs in the area" },
          description: {
            fr: "La structure crée ou maintient des emplois stables, correctement rémunérés, accessibles à des personnes du territoire.",
            en: "The organisation creates or keeps stable, fairly paid jobs that are open to people from the area.",
          },
          whyItMatters: {
            fr: "Un emploi durable près de chez soi change une vie et fait vivre un quartier ; c'est souvent le premier apport qu'on oublie de nommer.",
            en: "A lasting job close to home changes a life and keeps a neighbourhood alive; it is often the first contribution people forget to name.",
          },
          guidingQuestions: [
            {
              fr: "Combien d'emplois l'activité fait-elle vivre, et de quelle qualité sont-ils ?",
              en: "How many jobs does the activity support, and how good are they?",
            },
            {
              fr: "Qui a pu accéder à ces emplois, et par quel chemin ?",
              en: "Who was able to get these jobs, and by which path?",
            },
            {
              fr: "Les contrats sont-ils stables d'une année sur l'autre ?",
              en: "Are the contracts stable from one year to the next?",
            },
          ],
          levels: [
            {
              fr: "Les emplois sont rares, précaires ou dépendent d'aides ponctuelles.",
              en: "Jobs are few, insecure or depend on one-off subsidies.",
            },
            {
              fr: "Quelques emplois existent, mais leur avenir reste incertain.",
              en: "A few jobs exist, but their future remains uncertain.",
            },
            {
              fr: "Les emplois sont stables et la plupart sont occupés par des personnes du territoire.",
              en: "Jobs are stable and most are held by people from the area.",
            },
            {
              fr: "Les emplois sont stables, choisis, et ouvrent des parcours à des personnes éloignées de l'emploi.",
              en: "Jobs are stable, chosen, and open paths for people far from work.",
            },
          ],
          extraIndicators: [
            {
              id: "economy.jobs.fte",
              kind: "quantitative",
              label: {
                fr: "Emplois en équivalent temps plein",
                en: "Jobs in full-time equivalents",
              },
              unit: { fr: "ETP", en: "FTE" },
              direction: "higherBetter",
              effectLevel: "output",
            },
          ],
        },
        {
          id: "economy.local-anchoring",
          label: { fr: "Un ancrage économique local", en: "Local economic roots" },
          description: {
            fr: "Les achats, les fournisseurs et les partenaires sont choisis pour faire vivre l'économie du territoire.",
            en: "Purchases, suppliers and partners are chosen to keep the local economy alive.",
          },
          whyItMatters: {
            fr: "Chaque euro dépensé localement circule plusieurs fois sur le territoire avant d'en sortir.",
            en: "Every euro spent locally circulates several times in the area before leaving it.",
          },
          guidingQuestions: [
            {
              fr: "Quelle part de nos achats se fait auprès de producteurs ou de fournisseurs proches ?",
              en: "What share of our purchases goes to nearby producers or suppliers?",
            },
            {
              fr: "Nos choix d'achat tiennent-ils compte de leurs effets sur le territoire ?",
              en: "Do our purchasing choices consider their effects on the area?",
            },
          ],
          levels: [
            {
              fr: "Les achats se font là où c'est le moins cher, sans autre critère.",
              en: "Purchases are made wherever is cheapest, with no other criterion.",
            },
            {
              fr: "Quelques fournisseurs locaux, par occasion plus que par choix.",
              en: "A few local suppliers, by chance more than by choice.",
            },
            {
              fr: "Une politique d'achat local existe et s'applique à la plupart des achats.",
              en: "A local purchasing policy exists and covers most purchases.",
            },
            {
              fr: "Les achats locaux sont la règle et la structure aide ses fournisseurs à se développer.",
              en: "Local purchases are the rule and the organisation helps its suppliers grow.",
            },
          ],
          extraIndicators: [
            {
              id: "economy.local-anchoring.local-purchases",
              kind: "quantitative",
              label: {
                fr: "Part des achats auprès de fournisseurs locaux",
                en: "Share of purchases from local suppliers",
              },
              unit: { fr: "%", en: "%" },
              direction: "higherBetter",
              effectLevel: "means",
            },
          ],
        },
        {
          id: "economy.resources",
          label: { fr: "Des ressources diversifiées", en: "A diverse mix of resources" },
          description: {
            fr: "La structure combine recettes d'activité, financements publics, dons et bénévolat sans dépendre d'une source unique.",
            en: "The organisation combines earned income, public funding, donations and volunteering without depending on one source.",
          },
          whyItMatters: {
            fr: "Dépendre d'un seul financeur, c'est risquer de perdre la maîtrise de son projet.",
            en: "Depending on a single funder means risking losing control of one's project.",
          },
          guidingQuestions: [
            {
              fr: "Que se passerait-il si notre principal financeur se retirait demain ?",
              en: "What would happen if our main funder withdrew tomorrow?",
            },
            {
              fr: "Le temps donné par les bénévoles est-il reconnu comme une ressource ?",
              en: "Is the time volunteers give recognised as a resource?",
            },
          ],
          levels: [
            {
              fr: "Une seule source finance presque tout ; son retrait arrêterait l'activité.",
              en: "One source pays for almost everything; its withdrawal would stop the activity.",
            },
            {
              fr: "Deux ou trois sources, mais l'une domine nettement.",
              en: "Two or three sources, but one clearly dominates.",
            },
            {
              fr: "Les ressources sont variées et aucune ne dépasse la moitié du budget.",
              en: "Resources are varied and none exceeds half of the budget.",
            },
            {
              fr: "Les ressources sont variées, suivies ensemble, et la structure choisit ses partenariats.",
              en: "Resources are varied, reviewed together, and the organisation chooses its partnerships.",
            },
          ],
        },
        {
          id: "economy.avoided-costs",
          label: {
            fr: "Des coûts évités pour la collectivité",
            en: "Costs avoided for the community",
          },
          description: {
            fr: "L'activité évite des dépenses publiques ou privées : isolement, renoncement aux soins, gaspillage, chômage de longue durée.",
            en: "The activity avoids public or private spending: isolation, forgoing care, waste, long-term unemployment.",
          },
          whyItMatters: {
            fr: "Ce qui est évité ne se voit dans aucun compte ; le raconter permet de montrer une richesse que les chiffres manquent.",
            en: "What is avoided shows in no account; telling it shows a value that the figures miss.",
          },
          guidingQuestions: [
            {
              fr: "Sans nous, qu'est-ce qui arriverait aux personnes que nous accueillons ?",
              en: "Without us, what would happen to the people we serve?",
            },
            {
              fr: "Avons-nous des exemples concrets de dépenses évitées ?",
              en: "Do we have concrete examples of spending avoided?",
            },
          ],
          levels: [
            {
              fr: "La question ne s'est jamais posée.",
              en: "The question has never been asked.",
            },
            {
              fr: "On en parle entre nous, sans exemple précis.",
              en: "We talk about it among ourselves, with no precise example.",
            },
            {
              fr: "Des situations concrètes sont recueillies et partagées avec les partenaires.",
              en: "Concrete situations are gathered and shared with partners.",
            },
            {
              fr: "Les coûts évités sont documentés avec les partenaires et pèsent dans le dialogue avec les financeurs.",
              en: "Avoided costs are documented with partners and count in the dialogue with funders.",
            },
          ],
          extraIndicators: [
            {
              id: "economy.avoided-costs.stories",
              kind: "narrative",
              label: {
                fr: "Situations où un coût a été évité",
                en: "Situations where a cost was avoided",
              },
              prompt: {
                fr: "Racontez une situation où l'activité a évité une difficulté plus lourde, pour une personne ou pour la collectivité.",
                en: "Tell of a situation where the activity prevented a heavier difficulty, for a person or for the community.",
              },
              effectLevel: "impact",
            },
          ],
        },
      ],
    },
    {
      id: "equality",
      label: { fr: "Égalité et développement humain", en: "Equality and human development" },
      description: {
        fr: "L'accès de toutes et tous, la dignité des personnes, le développement de leurs capacités, l'égalité de traitement.",
        en: "Access for all, people's dignity, the growth of their abilities, equal treatment.",
      },
      criteria: [
        {
          id: "equality.access",
          label: { fr: "L'accès pour toutes et tous", en: "Access for everyone" },
          description: {
            fr: "Les prix, les horaires, les lieux et la manière d'accueillir permettent à chacun de venir, quelles que soient ses ressources.",
            en: "Prices, opening hours, places and the way people are welcomed let everyone come, whatever their means.",
          },
          whyItMatters: {
            fr: "Une activité utile mais inaccessible ne profite qu'à ceux qui en ont le moins besoin.",
            en: "A useful activity that is out of reach benefits only those who need it least.",
          },
          guidingQuestions: [
            {
              fr: "Qui ne vient pas, et pourquoi ?",
              en: "Who does not come, and why?",
            },
            {
              fr: "Nos horaires et nos tarifs conviennent-ils aux personnes que nous voulons accueillir ?",
              en: "Do our hours and prices suit the people we want to serve?",
            },
            {
              fr: "Une personne qui arrive pour la première fois sait-elle comment faire ?",
              en: "Does someone coming for the first time know what to do?",
            },
          ],
          levels: [
            {
              fr: "Des obstacles importants (prix, horaires, lieu) écartent une partie du public visé.",
              en: "Major obstacles (price, hours, place) keep part of the intended public away.",
            },
            {
              fr: "Les obstacles sont connus et quelques aménagements ont été faits.",
              en: "The obstacles are known and a few adjustments have been made.",
            },
            {
              fr: "La plupart des obstacles sont levés ; le public visé vient effectivement.",
              en: "Most obstacles are removed; the intended public actually comes.",
            },
            {
              fr: "L'accès est pensé avec les personnes concernées et revu régulièrement avec elles.",
              en: "Access is designed with the people concerned and reviewed with them regularly.",
            },
          ],
          extraIndicators: [
            {
              id: "equality.access.households",
              kind: "quantitative",
              label: { fr: "Foyers accueillis dans l'année", en: "Households served in the year" },
              unit: { fr: "foyers", en: "households" },
              direction: "higherBetter",
              effectLevel: "output",
            },
          ],
        },
        {
          id: "equality.dignity",
          label: { fr: "Dignité et libre choix", en: "Dignity and free choice" },
          description: {
            fr: "Les personnes accueillies sont traitées en personnes qui choisissent, et non en bénéficiaires à qui l'on attribue.",
            en: "The people served are treated as people who choose, not as recipients of what is handed out.",
          },
          whyItMatters: {
            fr: "Être aidé sans pouvoir choisir abîme l'estime de soi ; pouvoir choisir la restaure.",
            en: "Being helped without being able to choose damages self-esteem; being able to choose restores it.",
          },
          guidingQuestions: [
            {
              fr: "Les personnes choisissent-elles ce qu'elles reçoivent ou achètent ?",
              en: "Do people choose what they receive or buy?",
            },
            {
              fr: "Se sentent-elles jugées ou étiquetées quand elles viennent ?",
              en: "Do they feel judged or labelled when they come?",
            },
          ],
          levels: [
            {
              fr: "Les personnes reçoivent ce qu'on leur attribue, sans choix.",
              en: "People receive what is allotted to them, without choice.",
            },
            {
              fr: "Un peu de choix existe, mais l'accueil reste marqué par l'aide.",
              en: "There is some choice, but the welcome still feels like charity.",
            },
            {
              fr: "Les personnes choisissent librement et sont accueillies comme tout le monde.",
              en: "People choose freely and are welcomed like anyone else.",
            },
            {
              fr: "Les personnes choisissent, et leurs avis font évoluer l'offre et l'accueil.",
              en: "People choose, and their views shape what is offered and how they are welcomed.",
            },
          ],
        },
        {
          id: "equality.abilities",
          label: { fr: "Le développement des capacités", en: "Growing abilities" },
          description: {
            fr: "Salariés, bénévoles et personnes accueillies apprennent, prennent confiance et gagnent en autonomie.",
            en: "Employees, volunteers and the people served learn, gain confidence and become more independent.",
          },
          whyItMatters: {
            fr: "Ce qu'une personne apprend ici, elle l'emporte avec elle dans le reste de sa vie.",
            en: "What a person learns here, they take with them into the rest of their life.",
          },
          guidingQuestions: [
            {
              fr: "Qu'ont appris les personnes qui passent par la structure ?",
              en: "What have the people who pass through the organisation learned?",
            },
            {
              fr: "Chacun a-t-il l'occasion de prendre des responsabilités ?",
              en: "Does everyone have a chance to take on responsibilities?",
            },
            {
              fr: "Les formations sont-elles ouvertes aux bénévoles ?",
              en: "Is training open to volunteers?",
            },
          ],
          levels: [
            {
              fr: "Personne ne se forme et les rôles restent figés.",
              en: "Nobody trains and roles stay fixed.",
            },
            {
              fr: "Des formations ponctuelles, surtout pour les salariés.",
              en: "Occasional training, mostly for employees.",
            },
            {
              fr: "Chacun peut se former et prendre de nouvelles responsabilités.",
              en: "Everyone can train and take on new responsibilities.",
            },
            {
              fr: "Apprendre fait partie du projet : les parcours sont suivis et valorisés, y compris pour les personnes accueillies.",
              en: "Learning is part of the project: paths are followed and recognised, including for the people served.",
            },
          ],
          extraIndicators: [
            {
              id: "equality.abilities.training-hours",
              kind: "quantitative",
              label: {
                fr: "Heures de formation suivies (salariés et bénévoles)",
                en: "Training hours taken (employees and volunteers)",
              },
              unit: { fr: "heures", en: "hours" },
              direction: "higherBetter",
              effectLevel: "means",
            },
          ],
        },
        {
          id: "equality.equal-treatment",
          label: { fr: "Diversité et égalité de traitement", en: "Diversity and equal treatment" },
          description: {
            fr: "Femmes et hommes, personnes de tous âges et de toutes origines ont leur place à tous les niveaux, sans discrimination.",
            en: "Women and men, people of all ages and backgrounds have their place at every level, without discrimination.",
          },
          whyItMatters: {
            fr: "L'égalité se joue aussi dans qui décide, qui parle et qui fait les tâches invisibles.",
            en: "Equality is also about who decides, who speaks and who does the invisible tasks.",
          },
          guidingQuestions: [
            {
              fr: "Qui occupe les postes de responsabilité, salariés comme bénévoles ?",
              en: "Who holds positions of responsibility, among employees and volunteers?",
            },
            {
              fr: "Une situation de discrimination a-t-elle déjà été signalée, et qu'en a-t-on fait ?",
              en: "Has a case of discrimination ever been reported, and what was done?",
            },
          ],
          levels: [
            {
              fr: "La question n'est pas abordée ; les rôles reproduisent les inégalités habituelles.",
              en: "The question is not raised; roles reproduce the usual inequalities.",
            },
            {
              fr: "Le sujet est abordé, sans changement visible encore.",
              en: "The subject is discussed, with no visible change yet.",
            },
            {
              fr: "Des règles sont posées (recrutement, répartition des tâches, prise de parole) et suivies.",
              en: "Rules are set (recruitment, sharing of tasks, speaking time) and followed.",
            },
            {
              fr: "La diversité se voit à tous les niveaux et les écarts sont suivis et corrigés ensemble.",
              en: "Diversity shows at every level and gaps are monitored and corrected together.",
            },
          ],
        },
      ],
    },
    {
      id: "ties",
      label: {
        fr: "Lien social et démocratie locale",
        en: "Social ties and local democracy",
      },
      description: {
        fr: "Les rencontres que l'activité permet, la place des personnes dans les décisions, les coopérations locales et l'expression citoyenne.",
        en: "The encounters the activity makes possible, people's place in decisions, local cooperation and civic voice.",
      },
      criteria: [
        {
          id: "ties.encounters",
          label: { fr: "Des liens entre les personnes", en: "Ties between people" },
          description: {
            fr: "L'activité fait se rencontrer des personnes qui ne se seraient pas croisées et rompt l'isolement.",
            en: "The activity brings together people who would not otherwise have met, and breaks isolation.",
          },
          whyItMatters: {
            fr: "L'isolement fragilise ; un lieu où l'on se parle est déjà une ressource pour un quartier.",
            en: "Isolation weakens people; a place where people talk is already a resource for a neighbourhood.",
          },
          guidingQuestions: [
            {
              fr: "Des personnes se sont-elles connues ici et se revoient-elles ailleurs ?",
              en: "Have people met here and do they see each other elsewhere?",
            },
            {
              fr: "Le lieu mélange-t-il des publics différents ?",
              en: "Does the place mix different publics?",
            },
          ],
          levels: [
            {
              fr: "On vient, on repart ; les personnes ne se parlent guère.",
              en: "People come and go; they hardly talk to each other.",
            },
            {
              fr: "Quelques habitués se connaissent ; les moments conviviaux sont rares.",
              en: "A few regulars know each other; friendly moments are rare.",
            },
            {
              fr: "Des moments partagés réguliers créent des liens entre publics différents.",
              en: "Regular shared moments create ties between different publics.",
            },
            {
              fr: "Des liens durables naissent ici et vivent au-delà de la structure (entraide, projets communs).",
              en: "Lasting ties begin here and live beyond the organisation (mutual help, joint projects).",
            },
          ],
          extraIndicators: [
            {
              id: "ties.encounters.stories",
              kind: "narrative",
              label: { fr: "Récits de rencontres", en: "Stories of encounters" },
              prompt: {
                fr: "Racontez une rencontre née ici et ce qu'elle a changé.",
                en: "Tell of an encounter that began here and what it changed.",
              },
              effectLevel: "result",
            },
          ],
        },
        {
          id: "ties.participation",
          label: {
            fr: "Les personnes accueillies prennent part aux décisions",
            en: "The people served take part in decisions",
          },
          description: {
            fr: "Les personnes à qui l'activité s'adresse donnent leur avis et décident avec les autres de la manière dont la structure fonctionne.",
            en: "The people the activity is for give their views and decide, with the others, how the organisation is run.",
          },
          whyItMatters: {
            fr: "Ceux qui vivent la situation savent ce qui marche ; les associer aux décisions, c'est aussi les reconnaître.",
            en: "Those who live the situation know what works; involving them in decisions also recognises them.",
          },
          guidingQuestions: [
            {
              fr: "Sur quoi les personnes accueillies sont-elles consultées, et sur quoi décident-elles ?",
              en: "On what are the people served consulted, and on what do they decide?",
            },
            {
              fr: "Les instances (assemblée générale, conseil) leur sont-elles ouvertes en pratique, pas seulement dans les statuts ?",
              en: "Are the governing bodies (general meeting, board) open to them in practice, not only on paper?",
            },
            {
              fr: "Les horaires et la forme des réunions leur permettent-ils de venir ?",
              en: "Do the times and format of meetings allow them to come?",
            },
          ],
          scaleKind: "agreement",
          levelLabels: [
            { fr: "Pas du tout", en: "Not at all" },
            { fr: "Un peu", en: "A little" },
            { fr: "En bonne partie", en: "Largely" },
            { fr: "Tout à fait", en: "Fully" },
          ],
          levels: [
            {
              fr: "Les personnes accueillies ne sont ni consultées ni associées aux décisions.",
              en: "The people served are neither consulted nor involved in decisions.",
            },
            {
              fr: "Elles sont consultées sur certains sujets (produits, horaires), pas sur le fonctionnement.",
              en: "They are consulted on some topics (products, opening hours), not on how things are run.",
            },
            {
              fr: "Elles participent aux instances et leurs avis changent des décisions.",
              en: "They take part in governing bodies and their views change decisions.",
            },
            {
              fr: "Elles décident avec les autres, y compris au conseil, et les réunions sont organisées pour qu'elles puissent venir.",
              en: "They decide with the others, on the board too, and meetings are organised so that they can come.",
            },
          ],
          extraIndicators: [
            {
              id: "ties.participation.general-meeting",
              kind: "quantitative",
              label: {
                fr: "Part des personnes accueillies présentes à l'assemblée générale",
                en: "Share of the people served attending the general meeting",
              },
              unit: { fr: "%", en: "%" },
              direction: "higherBetter",
              effectLevel: "result",
            },
          ],
        },
        {
          id: "ties.cooperation",
          label: { fr: "Des coopérations sur le territoire", en: "Cooperation in the area" },
          description: {
            fr: "La structure travaille avec les autres acteurs du territoire plutôt qu'à côté ou contre eux.",
            en: "The organisation works with the other local actors rather than beside or against them.",
          },
          whyItMatters: {
            fr: "Les besoins d'une personne ne s'arrêtent pas aux portes d'une structure ; coopérer évite les trous et les doublons.",
            en: "A person's needs do not stop at an organisation's door; cooperating avoids gaps and duplication.",
          },
          guidingQuestions: [
            {
              fr: "Avec qui travaillons-nous vraiment, au-delà des conventions signées ?",
              en: "Whom do we really work with, beyond the agreements signed?",
            },
            {
              fr: "Orientons-nous les personnes vers d'autres structures, et elles vers nous ?",
              en: "Do we refer people to other organisations, and they to us?",
            },
          ],
          levels: [
            {
              fr: "La structure agit seule, sans lien suivi avec les autres acteurs.",
              en: "The organisation acts alone, with no regular link with other actors.",
            },
            {
              fr: "Des contacts existent mais restent ponctuels.",
              en: "Contacts exist but remain occasional.",
            },
            {
              fr: "Des partenariats réguliers, avec des orientations dans les deux sens.",
              en: "Regular partnerships, with referrals in both directions.",
            },
            {
              fr: "Des projets construits en commun, avec une gouvernance partagée entre partenaires.",
              en: "Projects built together, with governance shared between partners.",
            },
          ],
        },
        {
          id: "ties.civic-voice",
          label: { fr: "Expression citoyenne et plaidoyer", en: "Civic voice and advocacy" },
          description: {
            fr: "La structure aide les personnes à faire entendre leurs besoins dans le débat public et porte elle-même ces besoins auprès des décideurs.",
            en: "The organisation helps people make their needs heard in public debate and carries those needs to decision-makers.",
          },
          whyItMatters: {
            fr: "Ce qui n'est pas dit n'existe pas pour les politiques publiques.",
            en: "What is not said does not exist for public policy.",
          },
          guidingQuestions: [
            {
              fr: "Faisons-nous remonter ce que nous observons aux élus et aux institutions ?",
              en: "Do we pass what we observe on to elected officials and institutions?",
            },
            {
              fr: "Les personnes concernées prennent-elles la parole elles-mêmes ?",
              en: "Do the people concerned speak for themselves?",
            },
          ],
          levels: [
            {
              fr: "La structure ne prend pas part au débat public.",
              en: "The organisation takes no part in public debate.",
            },
            {
              fr: "Elle témoigne quand on l'y invite.",
              en: "It speaks when invited to.",
            },
            {
              fr: "Elle porte régulièrement les besoins observés auprès des décideurs.",
              en: "It regularly brings the needs it observes to decision-makers.",
            },
            {
              fr: "Les personnes concernées portent elles-mêmes leur parole, avec l'appui de la structure.",
              en: "The people concerned speak for themselves, with the organisation's support.",
            },
          ],
        },
      ],
    },
    {
      id: "innovation",
      label: { fr: "Innovation sociale", en: "Social innovation" },
      description: {
        fr: "Répondre à des besoins mal couverts, oser essayer autrement, partager ce qui marche.",
        en: "Answering needs that are poorly met, daring to try other ways, sharing what works.",
      },
      criteria: [
        {
          id: "innovation.unmet-needs",
          label: {
            fr: "Répondre à des besoins mal couverts",
            en: "Meeting needs that others leave aside",
          },
          description: {
            fr: "L'activité répond à des besoins que ni le marché ni les pouvoirs publics ne couvrent bien.",
            en: "The activity meets needs that neither the market nor public services cover well.",
          },
          whyItMatters: {
            fr: "C'est souvent la raison d'être de la structure ; elle mérite d'être revérifiée, car les besoins changent.",
            en: "It is often the organisation's reason for being; it deserves checking again, because needs change.",
          },
          guidingQuestions: [
            {
              fr: "Quel besoin resterait sans réponse si nous n'existions pas ?",
              en: "Which need would go unanswered if we did not exist?",
            },
            {
              fr: "Comment repérons-nous les besoins nouveaux ?",
              en: "How do we spot new needs?",
            },
          ],
          levels: [
            {
              fr: "L'activité reproduit ce qui existe déjà ailleurs sur le territoire.",
              en: "The activity repeats what already exists elsewhere in the area.",
            },
            {
              fr: "Le besoin est réel mais n'a pas été revérifié depuis la création.",
              en: "The need is real but has not been checked again since the start.",
            },
            {
              fr: "Les besoins sont revus régulièrement avec les personnes concernées.",
              en: "Needs are reviewed regularly with the people concerned.",
            },
            {
              fr: "La structure repère les besoins émergents et adapte son offre avec les personnes et les partenaires.",
              en: "The organisation spots emerging needs and adapts what it offers with people and partners.",
            },
          ],
        },
        {
          id: "innovation.experimentation",
          label: { fr: "Oser expérimenter", en: "Daring to experiment" },
          description: {
            fr: "La structure essaie de nouvelles manières de faire, en tire des leçons, y compris de ses échecs.",
            en: "The organisation tries new ways of doing things and learns from them, including from its failures.",
          },
          whyItMatters: {
            fr: "Sans droit à l'essai et à l'erreur, on ne fait que reproduire.",
            en: "Without the right to try and fail, one only repeats.",
          },
          guidingQuestions: [
            {
              fr: "Qu'avons-nous essayé de nouveau cette année ?",
              en: "What new thing did we try this year?",
            },
            {
              fr: "Qu'avons-nous appris d'un essai qui n'a pas marché ?",
              en: "What did we learn from an attempt that did not work?",
            },
            {
              fr: "Qui peut proposer une expérimentation ?",
              en: "Who can propose an experiment?",
            },
          ],
          levels: [
            {
              fr: "Les pratiques n'évoluent pas ; l'essai est vu comme un risque.",
              en: "Practices do not change; trying is seen as a risk.",
            },
            {
              fr: "Quelques essais, portés par une ou deux personnes.",
              en: "A few attempts, carried by one or two people.",
            },
            {
              fr: "Les essais sont encouragés, suivis et discutés collectivement.",
              en: "Attempts are encouraged, followed and discussed collectively.",
            },
            {
              fr: "Expérimenter est une habitude partagée ; les échecs sont analysés sans reproche.",
              en: "Experimenting is a shared habit; failures are examined without blame.",
            },
          ],
        },
        {
          id: "innovation.sharing",
          label: { fr: "Partager et essaimer", en: "Sharing and spreading" },
          description: {
            fr: "Ce qui marche ici est documenté et transmis à d'autres structures ou territoires.",
            en: "What works here is documented and passed on to other organisations or areas.",
          },
          whyItMatters: {
            fr: "Une bonne idée qui reste dans un seul lieu n'aide qu'un seul lieu.",
            en: "A good idea that stays in one place only helps one place.",
          },
          guidingQuestions: [
            {
              fr: "D'autres structures se sont-elles inspirées de nous, ou nous d'elles ?",
              en: "Have other organisations drawn on our work, or we on theirs?",
            },
            {
              fr: "Nos pratiques sont-elles écrites quelque part ?",
              en: "Are our practices written down somewhere?",
            },
          ],
          levels: [
            {
              fr: "Les pratiques ne sont ni écrites ni partagées.",
              en: "Practices are neither written down nor shared.",
            },
            {
              fr: "Nous échangeons de manière informelle avec quelques pairs.",
              en: "We exchange informally with a few peers.",
            },
            {
              fr: "Nous participons à un réseau et y partageons nos pratiques.",
              en: "We take part in a network and share our practices there.",
            },
            {
              fr: "Nos pratiques sont documentées et ont été reprises ailleurs, avec notre appui.",
              en: "Our practices are documented and have been taken up elsewhere, with our support.",
            },
          ],
        },
      ],
    },
    {
      id: "governance",
      label: { fr: "Fonctionnement interne", en: "Internal functioning" },
      description: {
        fr: "La manière de décider, de travailler ensemble et de partager l'information, en cohérence avec le projet.",
        en: "How decisions are made, how people work together and share information, consistently with the project.",
      },
      criteria: [
        {
          id: "governance.shared-decisions",
          label: { fr: "Une gouvernance partagée", en: "Shared governance" },
          description: {
            fr: "Salariés, bénévoles et membres prennent part aux décisions importantes selon des règles claires.",
            en: "Employees, volunteers and members take part in important decisions according to clear rules.",
          },
          whyItMatters: {
            fr: "Une structure qui veut faire participer les autres commence par se l'appliquer à elle-même.",
            en: "An organisation that wants others to take part starts by doing so itself.",
          },
          guidingQuestions: [
            {
              fr: "Qui décide de quoi, et tout le monde le sait-il ?",
              en: "Who decides what, and does everyone know?",
            },
            {
              fr: "Les salariés et les bénévoles ont-ils une place au conseil ?",
              en: "Do employees and volunteers have a place on the board?",
            },
          ],
          levels: [
            {
              fr: "Les décisions sont prises par une ou deux personnes, sans règles connues.",
              en: "Decisions are made by one or two people, with no known rules.",
            },
            {
              fr: "Des instances existent, mais les décisions se prennent souvent ailleurs.",
              en: "Governing bodies exist, but decisions are often made elsewhere.",
            },
            {
              fr: "Les règles de décision sont claires et les différents collèges y prennent part.",
              en: "Decision rules are clear and the different groups take part.",
            },
            {
              fr: "La décision est réellement partagée, les règles sont revues ensemble et le pouvoir circule.",
              en: "Decisions are truly shared, rules are reviewed together and power rotates.",
            },
          ],
          extraIndicators: [
            {
              id: "governance.shared-decisions.written-rules",
              kind: "yesPartlyNo",
              label: {
                fr: "Les règles de décision sont écrites et connues de toutes et tous",
                en: "Decision rules are written down and known to everyone",
              },
              effectLevel: "means",
            },
          ],
        },
        {
          id: "governance.working-conditions",
          label: {
            fr: "Conditions de travail et d'engagement",
            en: "Working and volunteering conditions",
          },
          description: {
            fr: "Les salariés et les bénévoles travaillent dans de bonnes conditions : charge, reconnaissance, écarts de rémunération raisonnables.",
            en: "Employees and volunteers work in good conditions: workload, recognition, reasonable pay gaps.",
          },
          whyItMatters: {
            fr: "On ne prend pas soin des autres durablement en s'épuisant soi-même.",
            en: "One cannot care for others for long while wearing oneself out.",
          },
          guidingQuestions: [
            {
              fr: "La charge de travail est-elle tenable pour les salariés comme pour les bénévoles ?",
              en: "Is the workload sustainable for employees and volunteers alike?",
            },
            {
              fr: "Quel écart entre la rémunération la plus haute et la plus basse ?",
              en: "What is the gap between the highest and the lowest pay?",
            },
            {
              fr: "Les bénévoles se sentent-ils reconnus ?",
              en: "Do volunteers feel recognised?",
            },
          ],
          levels: [
            {
              fr: "Surcharge fréquente, départs nombreux, peu de reconnaissance.",
              en: "Frequent overload, many departures, little recognition.",
            },
            {
              fr: "Les difficultés sont connues ; quelques mesures ont été prises.",
              en: "The difficulties are known; a few measures have been taken.",
            },
            {
              fr: "Les conditions sont bonnes et discutées régulièrement.",
              en: "Conditions are good and discussed regularly.",
            },
            {
              fr: "Les conditions sont construites ensemble, suivies, et l'engagement de chacun est reconnu.",
              en: "Conditions are built together, monitored, and everyone's commitment is recognised.",
            },
          ],
          extraIndicators: [
            {
              id: "governance.working-conditions.pay-ratio",
              kind: "quantitative",
              label: {
                fr: "Écart entre la rémunération la plus haute et la plus basse",
                en: "Ratio of the highest to the lowest pay",
              },
              unit: { fr: "rapport", en: "ratio" },
              direction: "lowerBetter",
              effectLevel: "means",
            },
          ],
        },
        {
          id: "governance.transparency",
          label: {
            fr: "Transparence et circulation de l'information",
            en: "Openness and information flow",
          },
          description: {
            fr: "Les informations utiles (comptes, projets, difficultés) sont partagées avec toutes les parties prenantes sous une forme compréhensible.",
            en: "Useful information (accounts, plans, difficulties) is shared with all stakeholders in an understandable form.",
          },
          whyItMatters: {
            fr: "On ne peut pas participer à une décision dont on ignore les éléments.",
            en: "Nobody can take part in a decision whose facts they do not know.",
          },
          guidingQuestions: [
            {
              fr: "Les comptes sont-ils présentés de manière compréhensible pour toutes et tous ?",
              en: "Are the accounts presented in a way everyone can understand?",
            },
            {
              fr: "Une personne nouvelle sait-elle où trouver l'information ?",
              en: "Does a newcomer know where to find information?",
            },
          ],
          levels: [
            {
              fr: "L'information reste entre quelques mains.",
              en: "Information stays in a few hands.",
            },
            {
              fr: "Les informations obligatoires sont diffusées, sous une forme peu accessible.",
              en: "Mandatory information is circulated, in a form few can use.",
            },
            {
              fr: "L'information est partagée régulièrement et expliquée.",
              en: "Information is shared regularly and explained.",
            },
            {
              fr: "Chacun accède facilement à l'information et peut poser ses questions ; les difficultés sont dites aussi.",
              en: "Everyone can easily reach information and ask questions; difficulties are shared too.",
            },
          ],
        },
      ],
    },
  ],
};
