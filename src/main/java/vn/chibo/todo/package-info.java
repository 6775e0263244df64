/**
 * Việc cần làm: the signed-in account's to-do list on the start page. Nothing is stored here: each module that owns a
 * fact (a meeting not yet planned, a remediation action falling due...) computes its items from its own records through
 * a {@link vn.chibo.todo.TodoSource} bean, and {@link vn.chibo.todo.TodoList} gathers and orders them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "To-do")
package vn.chibo.todo;
