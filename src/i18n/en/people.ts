export default {
  peoplePage: {
    title: 'People and bus factor',
    intro: 'Who is irreplaceable: the skills each person alone holds. Switch “what if gone” to see coverage without them — their data is not changed.',
    leavesPlural: 'If {name} leaves, no skill becomes uncovered | If {name} leaves, {count} skill becomes uncovered | If {name} leaves, {count} skills become uncovered',
    soleSkills: 'Skills only {name} holds',
    whatIf: 'What if gone',
    whatIfLabel: 'Treat {name} as gone',
    gone: 'treated as gone',
    inactive: 'Not counted (inactive): {names}',
    filter: 'Find a person…',
    shownOf: 'Showing {shown} of {total} people, the most irreplaceable first.',
    showAll: 'Show all',
    empty: 'No active people yet.',
  },
}
