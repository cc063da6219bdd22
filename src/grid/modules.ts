import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  ExternalFilterModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community'

let registered = false

/** Registers only the AG Grid modules the matrix uses (each one costs bundle size). */
export function registerGridModules(): void {
  if (registered) return
  registered = true
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    ClientSideRowModelApiModule,
    CellStyleModule,
    RowStyleModule,
    ColumnApiModule,
    CustomEditorModule,
    TextEditorModule,
    ExternalFilterModule,
    LocaleModule,
    PinnedRowModule,
    RenderApiModule,
    RowApiModule,
    ScrollApiModule,
    TooltipModule,
    // Explains misconfigurations in development; dropped from the production build.
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ])
}
