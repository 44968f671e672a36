### The program's shell: menus, dialogs, screens, notices and the command
### line. The form's own words are in form.ftl.

app-name = Prevent Referral
