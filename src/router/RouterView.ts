import { computed, defineComponent, h } from 'vue'
import { currentPath, matchRoute } from './index'

/** Shows the page of the current hash path, its parameters as props. */
export default defineComponent({
  name: 'RouterView',
  setup() {
    const match = computed(() => matchRoute(currentPath.value))
    return () => (match.value ? h(match.value.route.component, { ...match.value.params, key: currentPath.value }) : null)
  },
})
