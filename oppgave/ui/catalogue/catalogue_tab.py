"""The *Katalog* tab: the workspace's roles, competences, which role has which, and courses.

The catalogue is shared by every department of the workspace; editing it here changes what the
task table, the board and the staffing tab offer, everywhere.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oppgave.ui.catalogue.catalogue_models import (
    CompetencesModel,
    CoursesModel,
    RecordTableModel,
    RoleCompetenceModel,
)
from oppgave.ui.catalogue.catalogue_models import RolesModel as RoleTableModel
from oppgave.ui.common.text_cell_delegate import TextCellDelegate
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import (
    create_competence_command,
    create_course_command,
    create_role_command,
    delete_competence_command,
    delete_course_command,
    delete_role_command,
)
from oppgave.ui.document.workspace_document import ChangeKind, DataChange
from oppgave.ui.window.data_edits import DataEdit


def _table(parent: QWidget, model: object) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setItemDelegate(TextCellDelegate(view))
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class CatalogueTab(DepartmentTab):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        document = context.document
        self.roles_model = RoleTableModel(document, self)
        self.competences_model = CompetencesModel(document, self)
        self.matrix_model = RoleCompetenceModel(document, self)
        self.courses_model = CoursesModel(document, self)

        self.pages = QTabWidget(self)
        self.roles_view = _table(self, self.roles_model)
        self.roles_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pages.addTab(
            self._page(
                self.roles_view,
                self.tr(
                    "Yrkesgrupper med LEON-nivå (0 er lavest), om de er autorisert helsepersonell, "
                    "timekost inkl. sosiale kostnader, og farge på tavlen."
                ),
                self.tr("Ny yrkesgruppe"),
                self.add_role,
                self.tr("Slett yrkesgruppe"),
                self.delete_role,
            ),
            self.tr("Yrkesgrupper"),
        )
        self.competences_view = _table(self, self.competences_model)
        self.pages.addTab(
            self._page(
                self.competences_view,
                self.tr("Kompetanser som oppgaver kan kreve."),
                self.tr("Ny kompetanse"),
                self.add_competence,
                self.tr("Slett kompetanse"),
                self.delete_competence,
            ),
            self.tr("Kompetanser"),
        )
        self.matrix_view = QTableView(self)
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pages.addTab(
            self._page(
                self.matrix_view,
                self.tr(
                    "Hvilke kompetanser hver yrkesgruppe har gjennom utdanningen. Kryss av for å "
                    "endre. Mangler en yrkesgruppe en kompetanse, viser tavlen kurset som gir den."
                ),
            ),
            self.tr("Hvem har hva"),
        )
        self.courses_view = _table(self, self.courses_model)
        self.courses_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pages.addTab(
            self._page(
                self.courses_view,
                self.tr(
                    "Kurs (kompetanseløft) som gir en yrkesgruppe en kompetanse. «Fra LEON-nivå»: "
                    "laveste nivå som kan ta kurset."
                ),
                self.tr("Nytt kurs"),
                self.add_course,
                self.tr("Slett kurs"),
                self.delete_course,
            ),
            self.tr("Kurs"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        note = QLabel(self.tr("Katalogen gjelder alle avdelinger i arbeidsfilen."), self)
        note.setObjectName("hintLabel")
        layout.addWidget(note)
        layout.addWidget(self.pages, 1)
        context.data_changed.connect(self._data_changed)
        self.schedule_refresh()

    def _page(
        self,
        view: QTableView,
        explanation: str,
        add_text: str | None = None,
        add: object = None,
        delete_text: str | None = None,
        delete: object = None,
    ) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        label = QLabel(explanation, page)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        if add_text:
            buttons = QHBoxLayout()
            add_button = QPushButton(add_text, page)
            add_button.clicked.connect(add)  # type: ignore[arg-type]
            delete_button = QPushButton(delete_text or "", page)
            delete_button.clicked.connect(delete)  # type: ignore[arg-type]
            buttons.addWidget(add_button)
            buttons.addWidget(delete_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        return page

    def data_edits(self) -> list[DataEdit]:
        """The whole tab edits data (roles, competences, courses): off while the data is locked."""
        return [DataEdit(self)]

    def _data_changed(self, change: DataChange) -> None:
        if change.touches(ChangeKind.CATALOGUE):
            self.schedule_refresh()

    def refresh(self) -> None:
        for model in (
            self.roles_model,
            self.competences_model,
            self.matrix_model,
            self.courses_model,
        ):
            model.reload()

    # --- adding and deleting -------------------------------------------------------------------

    def _selected(self, view: QTableView, model: RecordTableModel) -> object | None:
        index = view.currentIndex()
        return model.record_at(index.row()) if index.isValid() else None

    def _free(self, base: str, taken: set[str]) -> str:
        for number in range(1, 1000):
            candidate = f"{base}{number}"
            if candidate.casefold() not in taken:
                return candidate
        return base

    def _edit_new(self, view: QTableView, model: RecordTableModel, record_id: int) -> None:
        self.refresh()
        for row, record in enumerate(model.records):
            if record.id == record_id:
                index = model.index(row, 0)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.setFocus()
                view.edit(index)
                return

    def add_role(self) -> None:
        roles = self.context.document.roles()
        code = self._free("NY", {role.code.casefold() for role in roles})
        name = self._free(self.tr("Ny yrkesgruppe "), {role.name.casefold() for role in roles})
        command = create_role_command(self.context.document, code, name, leon_level=0)
        if self.context.run(command, self.tr("Kunne ikke lage yrkesgruppen")) and command.record:
            self._edit_new(self.roles_view, self.roles_model, command.record.id)

    def delete_role(self) -> None:
        role = self._selected(self.roles_view, self.roles_model)
        if role is not None:
            self.context.run(
                delete_role_command(self.context.document, role),  # type: ignore[arg-type]
                self.tr("Kunne ikke slette yrkesgruppen"),
            )

    def add_competence(self) -> None:
        competences = self.context.document.competences()
        code = self._free("NY", {c.code.casefold() for c in competences})
        name = self._free(self.tr("Ny kompetanse "), {c.name.casefold() for c in competences})
        command = create_competence_command(self.context.document, code, name)
        if self.context.run(command, self.tr("Kunne ikke lage kompetansen")) and command.record:
            self._edit_new(self.competences_view, self.competences_model, command.record.id)

    def delete_competence(self) -> None:
        competence = self._selected(self.competences_view, self.competences_model)
        if competence is not None:
            self.context.run(
                delete_competence_command(self.context.document, competence),  # type: ignore[arg-type]
                self.tr("Kunne ikke slette kompetansen"),
            )

    def add_course(self) -> None:
        document = self.context.document
        competences = document.competences()
        if not competences:
            self.context.dialogs.information(
                self.tr("Nytt kurs"), self.tr("Lag først en kompetanse som kurset gir.")
            )
            return
        name = self._free(self.tr("Nytt kurs "), {c.name.casefold() for c in document.courses()})
        command = create_course_command(document, name, competences[0].id)
        if self.context.run(command, self.tr("Kunne ikke lage kurset")) and command.record:
            self._edit_new(self.courses_view, self.courses_model, command.record.id)

    def delete_course(self) -> None:
        course = self._selected(self.courses_view, self.courses_model)
        if course is not None:
            self.context.run(
                delete_course_command(self.context.document, course),  # type: ignore[arg-type]
                self.tr("Kunne ikke slette kurset"),
            )
