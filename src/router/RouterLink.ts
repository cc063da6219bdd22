import { computed, defineComponent, h, type PropType } from 'vue'
import { currentRoute, parseLocation } from './location'

/** A hash link, marked active on its own page and its sub-pages (as vue-router's classes). */
export default defineComponent({
  name: 'RouterLink',
  props: { to: { type: [String, Object] as PropType<string | { path: string }>, required: true } },
  setup(props, { slots }) {
    const target = computed(() => (typeof props.to === 'string' ? props.to : props.to.path))
    return () => {
      const current = currentRoute.value.path
      const path = parseLocation(target.value).path
      const exact = current === path
      const active = exact || current.startsWith(`${path}/`)
      return h(
        'a',
        {
          href: `#${target.value}`,
          class: { 'router-link-active': active, 'router-link-exact-active': exact },
          'aria-current': exact ? 'page' : undefined,
        },
        slots.default?.(),
      )
    }
  },
})
