import type { OrientationQuiz } from '@/payload-types'

type Interest = NonNullable<OrientationQuiz['questions'][number]['answers'][number]['interests']>[number]
type SeedAnswer = { answer: string; interests?: Interest[]; points?: number }
export type SeedQuestion = { question: string; help?: string; answers: SeedAnswer[] }

/** A choice that counts for nothing, for whom none of the others fits. */
const NEUTRAL: SeedAnswer = { answer: 'Aucune de ces propositions' }

// The demo's quiz: ten questions a collégien can answer without knowing any career's name. Each
// answer names the interests it reveals, as the careers' sheets use them; every interest of the
// list is named by at least one answer, so no career is out of reach for want of a question.
export const seedQuiz = {
  title: 'Quiz d’orientation',
  intro:
    'Des questions sur ce que vous aimez faire, sans bonne ni mauvaise réponse. Vous obtenez les métiers dont les fiches correspondent le mieux à vos goûts, et pourquoi.',
  questions: [
    {
      question: 'Un samedi libre, vous choisissez plutôt de…',
      answers: [
        { answer: 'Réparer un vélo ou bricoler quelque chose', interests: ['handiwork', 'technology'] },
        { answer: 'Passer du temps avec des amis ou de la famille', interests: ['contact'] },
        { answer: 'Dessiner, écrire ou faire de la musique', interests: ['creating', 'arts'] },
        { answer: 'Vous promener dehors, en forêt ou au bord de l’eau', interests: ['nature', 'moving'] },
        { answer: 'Coder, monter un ordinateur ou tester une application', interests: ['computing'] },
      ],
    },
    {
      question: 'Au collège ou au lycée, la matière où vous vous sentez le mieux',
      help: 'Celle que vous aimez, même si vos notes n’y sont pas les meilleures.',
      answers: [
        { answer: 'Les mathématiques', interests: ['numbers', 'science'] },
        { answer: 'Les sciences de la vie et de la Terre, la physique-chimie', interests: ['science', 'health'] },
        { answer: 'Le français, l’histoire, les langues', interests: ['writing', 'languages'] },
        { answer: 'La technologie, les ateliers', interests: ['technology', 'building'] },
        { answer: 'L’éducation physique et sportive', interests: ['sport', 'moving'] },
      ],
    },
    {
      question: 'Dans un travail de groupe, vous êtes celui ou celle qui…',
      answers: [
        { answer: 'Répartit les tâches et tient le planning', interests: ['leading'], points: 2 },
        { answer: 'Aide ceux qui bloquent', interests: ['helping', 'teamwork'] },
        { answer: 'Trouve les idées', interests: ['creating'] },
        { answer: 'Présente le résultat devant la classe', interests: ['writing', 'contact'] },
        { answer: 'Préfère avancer seul ou seule sur sa partie' },
      ],
    },
    {
      question: 'Quelqu’un se blesse près de vous. Votre réflexe ?',
      answers: [
        { answer: 'Je m’approche, je rassure et je fais les premiers gestes', interests: ['health', 'helping'], points: 2 },
        { answer: 'J’appelle les secours et j’organise autour', interests: ['leading', 'rules'] },
        { answer: 'Je préfère laisser faire quelqu’un d’autre' },
      ],
    },
    {
      question: 'Ce qui vous attire le plus dans un futur travail',
      answers: [
        { answer: 'Être utile aux autres au quotidien', interests: ['helping'], points: 2 },
        { answer: 'Comprendre comment les choses fonctionnent', interests: ['science', 'technology'] },
        { answer: 'Voir le résultat concret de mon travail', interests: ['building', 'handiwork'] },
        { answer: 'Prendre des décisions et avoir des responsabilités', interests: ['leading'], points: 2 },
        { answer: 'Convaincre, vendre, négocier', interests: ['selling'] },
      ],
    },
    {
      question: 'Où aimeriez-vous passer vos journées de travail ?',
      answers: [
        { answer: 'Dans un atelier ou une usine', interests: ['technology', 'handiwork'] },
        { answer: 'Dans un hôpital, une clinique ou chez les gens', interests: ['health', 'contact'] },
        { answer: 'Dans un bureau, devant un écran', interests: ['computing'] },
        { answer: 'Dehors ou sur des chantiers', interests: ['moving', 'nature'] },
        { answer: 'Un peu partout, en déplacement', interests: ['travelling', 'moving'] },
      ],
    },
    {
      question: 'Avec qui ou avec quoi aimeriez-vous passer vos journées ?',
      answers: [
        { answer: 'Des enfants ou des adolescents', interests: ['children', 'helping'] },
        { answer: 'Des animaux', interests: ['animals', 'nature'], points: 2 },
        { answer: 'Des clients à conseiller', interests: ['selling', 'contact'] },
        { answer: 'Des machines et des outils', interests: ['technology', 'handiwork'] },
        NEUTRAL,
      ],
    },
    {
      question: 'Pour une fête entre amis, vous vous chargez…',
      answers: [
        { answer: 'Du repas', interests: ['cooking'], points: 2 },
        { answer: 'De la musique et de la décoration', interests: ['arts', 'creating'] },
        { answer: 'De l’organisation et du budget', interests: ['leading', 'numbers'] },
        { answer: 'Des jeux et du sport', interests: ['sport', 'teamwork'] },
        { answer: 'D’inviter tout le monde', interests: ['contact'] },
      ],
    },
    {
      question: 'Parmi ces défis, lequel vous tente le plus ?',
      answers: [
        { answer: 'Remettre en route une machine en panne avant la fin de la journée', interests: ['technology', 'handiwork'], points: 2 },
        { answer: 'Créer un site ou une application utilisés par des milliers de personnes', interests: ['computing', 'creating'], points: 2 },
        { answer: 'Accompagner une personne malade jusqu’à sa guérison', interests: ['health', 'helping'], points: 2 },
        { answer: 'Diriger une équipe qui lance un nouveau produit', interests: ['leading', 'teamwork'], points: 2 },
        { answer: 'Écrire un article lu par tout le monde', interests: ['writing'], points: 2 },
      ],
    },
    {
      question: 'Les chiffres, les calculs, les tableaux…',
      answers: [
        { answer: 'J’aime ça', interests: ['numbers'], points: 2 },
        { answer: 'Ça ne me gêne pas quand ils servent à quelque chose', interests: ['numbers'] },
        { answer: 'Je m’en passerais bien' },
      ],
    },
  ] satisfies SeedQuestion[],
}
