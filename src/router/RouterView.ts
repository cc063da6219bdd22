import { computed, defineComponent, h } from 'vue'
import { currentRoute } from './location'
import { matchRoute } from './routes'

/** Shows the page of the current hash path, its parameters as props. */
export default defineComponent({
  name: 'RouterView',
  setup() {
    const match = computed(() => matchRoute(currentRoute.value.path))
    return () =>
      match.value ? h(match.value.route.component, { ...match.value.params, key: currentRoute.value.path }) : null
  },
})
