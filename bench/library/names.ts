/** Given names from many languages, as a desk's bylines and its stories' sources carry them. */
export const GIVEN_NAMES = (
  'Ana Maria Joao Pedro Ines Tiago Sofia Miguel Rita Nuno James Mary John Patricia Robert Jennifer ' +
  'Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Daniel Karen ' +
  'Lucy Oliver Amelia Harry Emily George Charlotte Jack Olivia Noah Emma Liam Ava Lucas Mia Hugo Lea ' +
  'Camille Louis Chloe Jules Manon Lukas Hannah Felix Anna Jonas Lena Paul Marie Leon Clara Giulia ' +
  'Marco Francesca Luca Chiara Alessandro Elena Javier Carmen Alejandro Lucia Pablo Marta Diego ' +
  'Olga Dmitri Natalia Sergei Irina Andriy Oksana Yulia Taras Piotr Agnieszka Katarzyna Tomasz ' +
  'Mehmet Ayse Emre Elif Ahmed Fatima Omar Layla Hassan Mariam Yusuf Amira Karim Nour Chinedu Ngozi ' +
  'Kwame Ama Wanjiru Kofi Thabo Naledi Priya Arjun Ananya Rahul Aisha Vikram Mei Wei Li Hiroshi Yuki ' +
  'Haruto Sakura Min-jun Ji-woo Minh Linh Siti Budi Jose Gabriela Mateo Valentina Santiago Camila ' +
  'Rafael Beatriz Tomas Isabel Ingrid Erik Astrid Lars Freya Sven Aoife Sean Niamh Ciaran'
).split(' ');

export const FAMILY_NAMES = (
  'Costa Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Smith Johnson ' +
  'Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Lee ' +
  'Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams ' +
  'Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart ' +
  'Murphy Kelly Byrne Walsh Dubois Laurent Lefebvre Moreau Girard Bernard Petit Muller Schmidt ' +
  'Schneider Fischer Weber Wagner Becker Hoffmann Rossi Russo Ferrari Esposito Bianchi Romano ' +
  'Ricci Conti Gonzalez Lopez Martinez Sanchez Perez Gomez Ruiz Diaz Moreno Alvarez Romero Navarro ' +
  'Ivanov Petrova Smirnov Volkova Kuznetsov Popova Shevchenko Kovalenko Bondarenko Tkachenko ' +
  'Kowalski Nowak Wisniewski Wojcik Novak Horvath Nagy Popescu Yilmaz Kaya Demir Celik Sahin ' +
  'Hassan Ali Mohamed Ibrahim Mahmoud Khalil Haddad Nasser Mansour Okafor Adeyemi Mensah Owusu ' +
  'Kamau Otieno Ndlovu Dlamini Nkosi Patel Sharma Singh Gupta Kumar Reddy Khan Rahman Chowdhury ' +
  'Wang Zhang Liu Chen Yang Huang Zhao Wu Tanaka Suzuki Sato Watanabe Kim Park Choi Nguyen Tran ' +
  'Pham Santoso Wijaya Reyes Cruz Ramos Flores Rivera Torres Vargas Castillo Jimenez Herrera ' +
  'Andersson Johansson Larsen Hansen Nielsen Virtanen Korhonen Jensen Berg Lindqvist Dahl'
).split(' ');
