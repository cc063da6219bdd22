import type { Level } from './scale'

/** One demo person: explicit strengths; skills not listed get a low random level (0–2). */
export interface DemoPersonSpec {
  name: string
  email: string
  team: string
  title: string
  /** The same person in the Russian demo: name, team and title as a Russian team would write them. */
  ru: { name: string; team: string; title: string }
  active: boolean
  /** Framework skill id → level 2–4. */
  levels: Record<string, Level>
  grow: string[]
  notInterested: string[]
  /** Framework category ids this person was never assessed in. */
  notAssessed: string[]
  /** Ratings last assessed this many months before the seed (stale ones show in the demo). */
  assessedMonthsAgo?: number
}

/**
 * A realistic small team with real gaps. With targets of level 3 × 2 people it leaves nine skills
 * uncovered (two of them held only by Tom, who has left) and eighteen held by a single person.
 */
export const DEMO_TEAM: DemoPersonSpec[] = [
  {
    name: 'Мария Иванова', email: 'maria.ivanova@example.org', team: 'Core', title: 'Community lead', active: true,
    ru: { name: 'Мария Иванова', team: 'Ядро', title: 'Руководитель сообщества' },
    levels: { 'strategy.community-strategy': 4, 'strategy.roadmap': 4, 'strategy.policy': 3, 'business.influencing': 3, 'business.team-management': 3, 'business.governance': 3, 'business.program-management': 3, 'business.advocacy': 3, 'strategy.measurement': 2, 'business.budget': 2, 'content.narrative': 2, 'strategy.consulting': 2 },
    grow: ['strategy.executive-coaching', 'business.business-model'], notInterested: ['technical.programming'], notAssessed: [],
  },
  {
    name: 'Alex Chen', email: 'alex.chen@example.org', team: 'Core', title: 'Community manager', active: true,
    ru: { name: 'Алекс Чен', team: 'Ядро', title: 'Комьюнити-менеджер' },
    levels: { 'engagement.moderation': 4, 'engagement.escalation': 3, 'engagement.welcoming': 3, 'engagement.connections': 3, 'engagement.member-support': 3, 'content.communication-planning': 3, 'strategy.roadmap': 3, 'content.events': 3, 'content.writing': 2, 'engagement.listening': 2, 'engagement.recruitment': 2 },
    grow: ['engagement.gamification', 'technical.data-analysis'], notInterested: [], notAssessed: [],
  },
  {
    name: 'Ольга Смирнова', email: 'olga.smirnova@example.org', team: 'Support', title: 'Moderator', active: true,
    ru: { name: 'Ольга Смирнова', team: 'Поддержка', title: 'Модератор' },
    levels: { 'engagement.moderation': 4, 'engagement.member-support': 4, 'engagement.escalation': 3, 'engagement.productive-behaviours': 3, 'engagement.listening': 3, 'strategy.policy': 3, 'engagement.connections': 2 },
    grow: ['business.training'], notInterested: ['technical.programming', 'content.seo'], notAssessed: [],
  },
  {
    name: 'Дмитрий Петров', email: 'dmitry.petrov@example.org', team: 'Platform', title: 'Data analyst', active: true,
    ru: { name: 'Дмитрий Петров', team: 'Платформа', title: 'Аналитик данных' },
    levels: { 'technical.data-analysis': 4, 'strategy.measurement': 3, 'technical.member-database': 3, 'engagement.listening': 3, 'technical.algorithms': 2, 'strategy.trendspotting': 2, 'technical.tool-evaluation': 2, 'technical.programming': 2 },
    grow: ['technical.algorithms', 'technical.programming'], notInterested: [], notAssessed: ['content'],
  },
  {
    name: 'Sarah Johnson', email: 'sarah.johnson@example.org', team: 'Content', title: 'Content editor', active: true,
    ru: { name: 'Сара Джонсон', team: 'Контент', title: 'Редактор контента' },
    levels: { 'content.editing': 4, 'content.writing': 4, 'content.curation': 3, 'strategy.content-strategy': 3, 'content.narrative': 3, 'content.seo': 2, 'content.taxonomy': 2, 'content.communication-planning': 2 },
    grow: ['content.seo'], notInterested: [], notAssessed: [], assessedMonthsAgo: 9,
  },
  {
    name: 'Анна Кузнецова', email: 'anna.kuznetsova@example.org', team: 'Programs', title: 'Event coordinator', active: true,
    ru: { name: 'Анна Кузнецова', team: 'Программы', title: 'Координатор мероприятий' },
    levels: { 'content.events': 4, 'business.program-management': 3, 'engagement.connections': 3, 'engagement.welcoming': 3, 'business.vendors': 2, 'business.budget': 2, 'engagement.recruitment': 2 },
    grow: ['business.vendors'], notInterested: [], notAssessed: [],
  },
  {
    name: 'Igor Volkov', email: 'igor.volkov@example.org', team: 'Platform', title: 'Platform admin', active: true,
    ru: { name: 'Игорь Волков', team: 'Платформа', title: 'Администратор платформы' },
    levels: { 'technical.sysadmin': 4, 'technical.platform': 4, 'technical.support': 3, 'technical.tool-evaluation': 3, 'technical.member-database': 3, 'technical.programming': 2, 'technical.ux': 2, 'technical.algorithms': 2 },
    grow: ['technical.programming'], notInterested: ['content.graphics'], notAssessed: [], assessedMonthsAgo: 8,
  },
  {
    name: 'Emily Davis', email: 'emily.davis@example.org', team: 'Programs', title: 'Volunteer coordinator', active: true,
    ru: { name: 'Эмили Дэвис', team: 'Программы', title: 'Координатор волонтёров' },
    levels: { 'engagement.recruitment': 3, 'engagement.welcoming': 3, 'engagement.member-advocacy': 3, 'business.advocacy': 3, 'engagement.gamification': 2, 'business.training': 2, 'engagement.productive-behaviours': 2 },
    grow: ['engagement.gamification'], notInterested: [], notAssessed: [],
  },
  {
    name: 'Никита Соколов', email: 'nikita.sokolov@example.org', team: 'Support', title: 'Moderator', active: true,
    ru: { name: 'Никита Соколов', team: 'Поддержка', title: 'Модератор' },
    levels: { 'engagement.moderation': 3, 'engagement.escalation': 3, 'engagement.productive-behaviours': 3, 'technical.support': 3, 'engagement.member-support': 2, 'engagement.listening': 2 },
    grow: ['technical.sysadmin'], notInterested: [], notAssessed: ['strategy'], assessedMonthsAgo: 14,
  },
  {
    name: 'James Wilson', email: 'james.wilson@example.org', team: 'Content', title: 'Writer', active: true,
    ru: { name: 'Джеймс Уилсон', team: 'Контент', title: 'Автор' },
    levels: { 'content.writing': 3, 'content.narrative': 3, 'content.communication-planning': 3, 'content.editing': 2, 'content.curation': 2, 'content.multimedia': 2 },
    grow: ['content.multimedia'], notInterested: ['business.budget'], notAssessed: [],
  },
  {
    name: 'Екатерина Морозова', email: 'ekaterina.morozova@example.org', team: 'Content', title: 'Designer', active: true,
    ru: { name: 'Екатерина Морозова', team: 'Контент', title: 'Дизайнер' },
    levels: { 'content.graphics': 4, 'content.multimedia': 3, 'technical.ux': 3, 'content.narrative': 2 },
    grow: ['content.taxonomy'], notInterested: [], notAssessed: ['business'],
  },
  {
    name: 'Pavel Novikov', email: 'pavel.novikov@example.org', team: 'Core', title: 'Partnerships & finance', active: true,
    ru: { name: 'Павел Новиков', team: 'Ядро', title: 'Партнёрства и финансы' },
    levels: { 'business.budget': 3, 'business.influencing': 3, 'strategy.needs-analysis': 3, 'strategy.consulting': 3, 'business.business-model': 2, 'business.vendors': 2, 'business.governance': 2 },
    grow: ['business.business-model'], notInterested: [], notAssessed: ['technical'],
  },
  {
    name: 'Laura Martinez', email: 'laura.martinez@example.org', team: 'Support', title: 'Support specialist', active: true,
    ru: { name: 'Лора Мартинес', team: 'Поддержка', title: 'Специалист поддержки' },
    levels: { 'engagement.member-support': 3, 'technical.support': 3, 'engagement.escalation': 3, 'engagement.moderation': 2, 'technical.member-database': 2 },
    grow: ['engagement.moderation'], notInterested: [], notAssessed: ['strategy'],
  },
  {
    name: 'Светлана Лебедева', email: 'svetlana.lebedeva@example.org', team: 'Programs', title: 'Trainer', active: true,
    ru: { name: 'Светлана Лебедева', team: 'Программы', title: 'Тренер' },
    levels: { 'business.training': 4, 'strategy.consulting': 3, 'content.events': 3, 'strategy.engagement-techniques': 3, 'strategy.executive-coaching': 2, 'engagement.productive-behaviours': 2 },
    grow: ['strategy.executive-coaching'], notInterested: [], notAssessed: [],
  },
  {
    name: 'Tom Baker', email: 'tom.baker@example.org', team: 'Platform', title: 'Developer (left in spring)', active: false,
    ru: { name: 'Том Бейкер', team: 'Платформа', title: 'Разработчик (ушёл весной)' },
    levels: { 'technical.programming': 4, 'technical.algorithms': 4, 'technical.platform': 3, 'technical.sysadmin': 3 },
    grow: [], notInterested: [], notAssessed: ['content', 'engagement'],
  },
  {
    name: 'Ирина Козлова', email: 'irina.kozlova@example.org', team: 'Content', title: 'Marketing', active: true,
    ru: { name: 'Ирина Козлова', team: 'Контент', title: 'Маркетинг' },
    levels: { 'business.advocacy': 3, 'content.communication-planning': 3, 'engagement.recruitment': 3, 'strategy.content-strategy': 3, 'content.seo': 2, 'strategy.trendspotting': 2, 'content.narrative': 2 },
    grow: ['content.seo', 'strategy.trendspotting'], notInterested: [], notAssessed: ['technical'],
  },
]

/** Skills the demo marks critical, so the coverage page has something to put first. */
export const DEMO_CRITICAL = ['engagement.moderation', 'engagement.escalation', 'technical.platform', 'strategy.community-strategy']
