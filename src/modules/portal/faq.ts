/** Frequently asked questions of a Comune (Italian: the portal's reference content). */
export const FAQ: ReadonlyArray<{ question: string; answer: string }> = [
  {
    question: 'Come posso richiedere la carta d’identità elettronica?',
    answer:
      'Prenota un appuntamento all’Ufficio Anagrafe e presentati con una fototessera recente, la vecchia carta o la denuncia di smarrimento e la tessera sanitaria. Il costo è di 22,21 euro; la carta arriva per posta entro sei giorni lavorativi.',
  },
  {
    question: 'Come cambio la residenza?',
    answer:
      'Compila la dichiarazione di residenza e inviala all’Ufficio Anagrafe con i documenti di tutte le persone che si trasferiscono. La Polizia locale verificherà la dimora abituale entro 45 giorni.',
  },
  {
    question: 'Come posso ottenere un certificato anagrafico?',
    answer:
      'I certificati anagrafici si scaricano gratuitamente dall’Anagrafe nazionale (ANPR) con SPID o CIE, oppure si richiedono allo sportello dell’Ufficio Anagrafe.',
  },
  {
    question: 'Quando passa la raccolta dei rifiuti?',
    answer:
      'Il calendario della raccolta differenziata è pubblicato nella sezione dedicata alla gestione dei rifiuti e distribuito ogni anno alle famiglie. Per i rifiuti ingombranti si prenota il ritiro gratuito a domicilio.',
  },
  {
    question: 'Come pago la TARI e l’IMU?',
    answer:
      'Il Comune invia gli avvisi di pagamento con il modello F24 o con l’avviso pagoPA. Puoi pagare in banca, in posta, dai tabaccai abilitati o online con pagoPA.',
  },
  {
    question: 'Come iscrivo mio figlio alla mensa o al trasporto scolastico?',
    answer:
      'Le iscrizioni ai servizi scolastici si aprono ogni anno in primavera: la domanda si presenta online con SPID o CIE entro la scadenza indicata nell’avviso.',
  },
  {
    question: 'Come accedo agli atti del Comune?',
    answer:
      'Puoi presentare una domanda di accesso agli atti o di accesso civico all’Ufficio relazioni con il pubblico, anche per posta elettronica certificata. Il Comune risponde entro 30 giorni.',
  },
  {
    question: 'Quali sono gli orari degli uffici comunali?',
    answer:
      'Gli orari di apertura di ogni ufficio sono indicati nella pagina Uffici della sezione Amministrazione, insieme ai recapiti telefonici e agli indirizzi di posta elettronica.',
  },
];
