import type { QuoteLangData } from './types';

export const PT: QuoteLangData = {
  verbs: ['disse', 'diz', 'dizia', 'dito', 'afirmou', 'afirma', 'declarou', 'declara', 'acrescentou', 'acrescenta', 'explicou', 'explica', 'ressaltou', 'ressalta', 'destacou', 'destaca', 'assegurou', 'garantiu', 'garante', 'apontou', 'aponta', 'defendeu', 'defende', 'criticou', 'critica', 'avaliou', 'avalia', 'comentou', 'comenta', 'escreveu', 'escreve', 'publicou', 'anunciou', 'anuncia', 'reforçou', 'reforça', 'salientou', 'sublinhou', 'questionou', 'respondeu', 'responde', 'lembrou', 'lembra', 'alertou', 'alerta', 'denunciou', 'denuncia', 'acusou', 'acusa', 'reconheceu', 'argumentou', 'argumenta', 'pontuou', 'completou', 'concluiu', 'frisou', 'classificou', 'chamou', 'segundo', 'conforme', 'informou', 'negou', 'nega', 'confirmou', 'pediu', 'pede', 'cobrou', 'sustentou', 'opinou', 'citou', 'mencionou', 'relatou', 'observou', 'enfatizou', 'declarações', 'afirmações', 'complementou', 'sustentou', 'entende', 'avalia', 'acha', 'cobra', 'reitera', 'elogia', 'diz que', 'declarou-se', 'ponderou', 'disse que', 'afirmando', 'dizendo', 'destacando', 'ressaltando', 'justifica', 'justificou', 'considerou', 'considera', 'classificou', 'classifica', 'afirmava', 'dizia', 'explicava'],
  verbStems: [],
  sources: ['segundo', 'conforme', 'de acordo com', 'para'],
  pronouns: ['ele', 'ela', 'eles', 'elas', 'eu', 'nós'],
  pronounSuffixes: [],
  titles: ['sr.', 'sra.', 'dr.', 'dra.', 'presidente', 'ministro', 'ministra', 'senador', 'senadora', 'deputado', 'deputada', 'governador', 'juiz', 'juíza', 'general'],
  roles: ['chanceler', 'presidente', 'ministro', 'ministra', 'senador', 'senadora', 'deputado', 'deputada', 'líder', 'chefe', 'diretor', 'diretora', 'porta-voz', 'fundador', 'governador', 'governadora', 'secretário', 'secretária', 'juiz', 'juíza', 'advogado', 'advogada', 'procurador', 'procuradora', 'especialista', 'analista', 'parlamentar', 'relator', 'relatora', 'prefeito', 'prefeita', 'ex-presidente', 'vice-presidente'],
  companyRoles: ['empresa', 'companhia', 'grupo', 'banco', 'firma', 'gigante'],
  notNames: ['o', 'a', 'os', 'as', 'um', 'uma', 'e', 'ou', 'mas', 'se', 'em', 'no', 'na', 'nos', 'nas', 'de', 'do', 'da', 'dos', 'das', 'ao', 'à', 'por', 'pelo', 'pela', 'para', 'com', 'sem', 'sobre', 'após', 'entre', 'segundo', 'este', 'esta', 'esse', 'essa', 'isso', 'isto', 'ele', 'ela', 'eles', 'elas', 'seu', 'sua', 'que', 'quando', 'como', 'também', 'ainda', 'já', 'não', 'sim', 'hoje', 'ontem', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'mais', 'menos', 'todo', 'todos', 'cada', 'durante', 'antes', 'depois', 'porque', 'embora', 'leia', 'foto', 'assim', 'entretanto', 'contudo', 'todavia', 'além', 'então', 'porém', 'enquanto', 'agora', 'finalmente', 'posteriormente'],
  prepositions: ['de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'a', 'ao', 'à', 'com', 'por', 'pelo', 'pela', 'para', 'sobre', 'contra', 'entre'],
  addressees: ['a', 'ao', 'à'],
  conjunctions: ['que', 'quem', 'qual', 'se'],
  coordinators: ['e', 'mas'],
  introducers: ['após', 'depois', 'antes', 'durante', 'apesar', 'desde'],
  particles: ['de', 'do', 'da', 'dos', 'das', 'e', 'van', 'von', 'di', 'del'],
  allegationVerbs: ['acus', 'denunci', 'imput', 'culp', 'conden', 'critic'],
  allegationCues: ['ilegal', 'ilegít', 'ilícit', 'fraude', 'roubo', 'roubou', 'mentiu', 'mentira', 'corrup', 'propina', 'suborno', 'criminos', 'antidemocrátic', 'golpe', 'desvio', 'lavagem', 'extorsão', 'abuso', 'manobra', 'excessos', 'agressiv', 'cúmplice', 'terroris', 'viola', 'afronta', 'ataque', 'ataques'],
  workNouns: ['filme', 'livro', 'romance', 'canção', 'música', 'álbum', 'série', 'programa', 'novela', 'documentário', 'podcast', 'revista', 'jornal', 'coluna', 'intitulado', 'intitulada', 'chamado', 'chamada', 'apelidado', 'apelidada', 'conhecido como', 'operação', 'plano', 'campanha', 'hashtag', 'relatório', 'projeto'],
  negations: ['não', 'nunca', 'jamais', 'nem', 'nenhum', 'nenhuma'],
  claimCues: ['acusou', 'acusa', 'denunciou que', 'denuncia que', 'alegou que', 'alega que'],
};
