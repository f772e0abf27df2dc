import type { Messages } from './index.js';

/** French for the fixed texts; untranslated keys fall back to Italian (see translate). */
export const fr = {
  common: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    search: 'Rechercher',
    back: 'Retour',
    previous: 'Précédente',
    next: 'Suivante',
    skipToContent: 'Aller au contenu principal',
    skipToNav: 'Aller à la navigation',
    language: 'Langue',
  },
  layout: {
    region: 'Région {region}',
    login: 'Se connecter',
    logout: 'Se déconnecter',
    personalArea: "Accéder à l'espace personnel",
    mainMenu: 'Menu principal',
    footerContacts: 'Contacts',
    privacy: 'Politique de confidentialité',
    legalNotes: 'Mentions légales',
    accessibility: "Déclaration d'accessibilité",
  },
  errors: {
    notFound: "La page que vous cherchez n'existe pas ou a été déplacée.",
    notFoundTitle: 'Page introuvable',
    tenantUnknown: "Aucune commune n'est configurée pour cette adresse.",
    tenantUnknownTitle: 'Commune introuvable',
    internal: 'Une erreur inattendue est survenue. Réessayez plus tard.',
    goHome: "Retour à la page d'accueil",
  },
} satisfies Messages;
